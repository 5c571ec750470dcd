package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens from a file ("role token name" lines) or QI_ASSIST_TOKENS ("role:token:name,..."), never
 * echoed.
 */
class TokensTest {

  @TempDir Path dir;

  @Test
  void a_tokens_file_gives_each_token_its_role_and_skips_comments_and_blank_lines()
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"),
            """
        # QI Assist tokens
        inspector inspector-token-0001

        policy    policy-token-00000001
        """);

    Tokens tokens = Tokens.fromFile(file);

    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.roleOf("inspector-token-0001")).contains(Role.INSPECTOR);
    assertThat(tokens.roleOf("policy-token-00000001")).contains(Role.POLICY);
    assertThat(tokens.roleOf("inspector-token-000")).isEmpty();
  }

  @Test
  void the_variable_gives_role_and_token_pairs_separated_by_commas() throws Exception {
    Tokens tokens =
        Tokens.fromVariable("inspector:inspector-token-0001, moderator:moderator-token-0001");

    assertThat(tokens.roles()).containsExactly(Role.INSPECTOR, Role.MODERATOR);
    assertThat(Tokens.fromVariable(null).isEmpty()).isTrue();
  }

  @Test
  void a_tokens_file_line_may_name_who_holds_the_token_and_without_a_name_the_holder_is_the_role()
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"),
            """
        moderator moderator-token-0001 Morag Panel
        inspector inspector-token-0001
        """);

    Tokens tokens = Tokens.fromFile(file);

    assertThat(tokens.identityOf("moderator-token-0001"))
        .contains(new Identity("Morag Panel", Role.MODERATOR));
    assertThat(tokens.identityOf("inspector-token-0001"))
        .contains(new Identity("inspector", Role.INSPECTOR));
  }

  @Test
  void the_variable_may_name_the_holder_after_a_second_colon() throws Exception {
    Tokens tokens =
        Tokens.fromVariable(
            "inspector:inspector-token-0001:Ina Inspector: East, policy:policy-token-00000001");

    assertThat(tokens.identityOf("inspector-token-0001"))
        .contains(new Identity("Ina Inspector: East", Role.INSPECTOR));
    assertThat(tokens.identityOf("policy-token-00000001"))
        .contains(new Identity("policy", Role.POLICY));
  }

  @Test
  void a_name_longer_than_the_store_takes_is_refused_naming_the_line() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"), "inspector inspector-token-0001 " + "n".repeat(201) + "\n");

    assertThatThrownBy(() -> Tokens.fromFile(file))
        .hasMessage(
            "tokens file "
                + file
                + " line 1: the name must be at most 200 characters with no commas or control characters");
  }

  @Test
  void an_unknown_role_is_refused_naming_the_line_and_not_the_token() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"), "inspector inspector-token-0001\nadmin admin-token-00000001\n");

    assertThatThrownBy(() -> Tokens.fromFile(file))
        .hasMessage(
            "tokens file "
                + file
                + " line 2: 'admin' is not a role; expected inspector, moderator or policy")
        .message()
        .doesNotContain("admin-token");
  }

  @Test
  void a_short_token_is_refused_without_showing_it() {
    assertThatThrownBy(() -> Tokens.fromVariable("policy:short"))
        .hasMessage(
            "QI_ASSIST_TOKENS entry 1: the token must be at least 16 characters with no spaces, commas or colons");
  }

  @Test
  void a_line_that_is_not_role_and_token_is_refused() throws Exception {
    Path file = Files.writeString(dir.resolve("tokens"), "inspector\n");

    assertThatThrownBy(() -> Tokens.fromFile(file))
        .hasMessage(
            "tokens file "
                + file
                + " line 1: expected a role, a token and a name separated by spaces, such as 'policy TOKEN Pat Policy'");
  }

  @Test
  void the_same_token_in_the_file_and_the_variable_is_refused() throws Exception {
    Tokens file = Tokens.fromVariable("inspector:inspector-token-0001");

    assertThatThrownBy(() -> file.and(Tokens.fromVariable("policy:inspector-token-0001")))
        .hasMessage("the same token is given twice, in the tokens file and in QI_ASSIST_TOKENS");
  }
}

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

  // Each made with `openssl rand -hex 32`, as the README says to make a token.
  private static final String INSPECTOR =
      "a93d8c09ace7e388093e3e8093a9fdad446758336800bc5a753fe79ffbc468e2";
  private static final String MODERATOR =
      "f3ee69257788d9e096a1775012e7fdf47f69870a145e0aebacaf5e4bff17301a";
  private static final String POLICY =
      "4a54cbc6553fe122051aa407ffa1de46786162de3ba824c5b52a2d1ac4e0d69d";

  @TempDir Path dir;

  @Test
  void a_tokens_file_gives_each_token_its_role_and_skips_comments_and_blank_lines()
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"),
            """
        # QI Assist tokens
        inspector %s

        policy    %s
        """
                .formatted(INSPECTOR, POLICY));

    Tokens tokens = Tokens.fromFile(file);

    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.roleOf(INSPECTOR)).contains(Role.INSPECTOR);
    assertThat(tokens.roleOf(POLICY)).contains(Role.POLICY);
    assertThat(tokens.roleOf(INSPECTOR.substring(0, 63))).isEmpty();
    assertThat(tokens.roleOf(INSPECTOR + "0")).isEmpty();
  }

  @Test
  void the_variable_gives_role_and_token_pairs_separated_by_commas() throws Exception {
    Tokens tokens = Tokens.fromVariable("inspector:" + INSPECTOR + ", moderator:" + MODERATOR);

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
        moderator %s Morag Panel
        inspector %s
        """
                .formatted(MODERATOR, INSPECTOR));

    Tokens tokens = Tokens.fromFile(file);

    assertThat(tokens.identityOf(MODERATOR)).contains(new Identity("Morag Panel", Role.MODERATOR));
    assertThat(tokens.identityOf(INSPECTOR)).contains(new Identity("inspector", Role.INSPECTOR));
  }

  @Test
  void the_variable_may_name_the_holder_after_a_second_colon() throws Exception {
    Tokens tokens =
        Tokens.fromVariable("inspector:" + INSPECTOR + ":Ina Inspector: East, policy:" + POLICY);

    assertThat(tokens.identityOf(INSPECTOR))
        .contains(new Identity("Ina Inspector: East", Role.INSPECTOR));
    assertThat(tokens.identityOf(POLICY)).contains(new Identity("policy", Role.POLICY));
  }

  @Test
  void a_name_longer_than_the_store_takes_is_refused_naming_the_line() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"), "inspector " + INSPECTOR + " " + "n".repeat(201) + "\n");

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
            dir.resolve("tokens"), "inspector " + INSPECTOR + "\nadmin " + POLICY + "\n");

    assertThatThrownBy(() -> Tokens.fromFile(file))
        .hasMessage(
            "tokens file "
                + file
                + " line 2: 'admin' is not a role; expected inspector, moderator or policy")
        .message()
        .doesNotContain(POLICY);
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
    Tokens file = Tokens.fromVariable("inspector:" + INSPECTOR);

    assertThatThrownBy(() -> file.and(Tokens.fromVariable("policy:" + INSPECTOR)))
        .hasMessage("the same token is given twice, in the tokens file and in QI_ASSIST_TOKENS");
  }

  @Test
  void a_weak_token_in_the_tokens_file_is_refused_naming_its_line_and_not_the_token()
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tokens"),
            "# the team\ninspector " + INSPECTOR + " Ina Inspector\npolicy aaaaaaaaaaaaaaaa Pat\n");

    assertThatThrownBy(() -> Tokens.fromFile(file))
        .hasMessage(
            "tokens file "
                + file
                + " line 3: the token is one character repeated; make one with: openssl rand -hex 32")
        .message()
        .doesNotContain("aaaaaaaaaaaaaaaa");
  }

  @Test
  void a_weak_token_in_the_variable_is_refused_naming_its_entry_and_not_the_token() {
    assertThatThrownBy(
            () ->
                Tokens.fromVariable(
                    "inspector:" + INSPECTOR + ",moderator:Moderator2026!Moderator2026!"))
        .hasMessage(
            "QI_ASSIST_TOKENS entry 2: the token is a dictionary word with digits or symbols added;"
                + " make one with: openssl rand -hex 32")
        .message()
        .doesNotContain("Moderator2026");
  }

  @Test
  void a_token_of_sixteen_hex_digits_is_too_short_of_entropy_even_given_in_code() {
    assertThatThrownBy(() -> Tokens.of(java.util.Map.of("7f3a9c0e5b1d4e8a", Role.INSPECTOR)))
        .hasMessage(
            "token for inspector: the token has about 64 bits of entropy; at least 128 are needed;"
                + " make one with: openssl rand -hex 32");
  }

  @Test
  void the_tokens_file_of_the_readme_is_accepted_as_written() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String example =
        readme
            .lines()
            .dropWhile(l -> !l.strip().startsWith("# tokens: one \"role token name\" a line"))
            .takeWhile(l -> !l.isBlank())
            .map(String::strip)
            .collect(java.util.stream.Collectors.joining("\n"));
    Path file = Files.writeString(dir.resolve("tokens"), example);

    Tokens tokens = Tokens.fromFile(file);

    assertThat(tokens.size()).isEqualTo(3);
    assertThat(tokens.roles()).containsExactlyInAnyOrder(Role.values());
  }
}

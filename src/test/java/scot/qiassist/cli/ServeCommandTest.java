package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `qi-assist serve` refuses to open the service to other machines without tokens. */
class ServeCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cli = QiAssist.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return new Run(cli.execute(args), err.toString());
  }

  @Test
  void serving_all_addresses_without_tokens_is_refused() {
    Run run = run("serve", "--host", "0.0.0.0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "--host 0.0.0.0 would open the service to other machines with no tokens: "
                + "give --tokens FILE or QI_ASSIST_TOKENS, or leave --host out to serve this machine only");
  }

  @Test
  void a_tokens_file_with_a_mistake_is_refused_naming_its_line() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens"), "admin admin-token-00000001\n");

    Run run = run("serve", "--tokens", tokens.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("line 1: 'admin' is not a role").doesNotContain("admin-token");
  }

  @Test
  void a_weak_token_is_refused_at_start_naming_its_line_and_never_printing_it() throws Exception {
    Path tokens =
        Files.writeString(
            dir.resolve("tokens"),
            "policy 4a54cbc6553fe122051aa407ffa1de46786162de3ba824c5b52a2d1ac4e0d69d Pat\n"
                + "inspector aaaaaaaaaaaaaaaa Ina\n");

    Run run = run("serve", "--tokens", tokens.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "line 2: the token is one character repeated; make one with: openssl rand -hex 32")
        .doesNotContain("aaaaaaaaaaaaaaaa")
        .doesNotContain("4a54cbc6553fe122");
  }

  @Test
  void a_database_other_than_sqlite_or_postgresql_is_refused() {
    Run run = run("serve", "--db", "jdbc:mysql://localhost/qi?password=secret");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "--db 'jdbc:mysql://localhost/qi?password=***' is not a database QI Assist can store evaluations in; "
                + "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE")
        .doesNotContain("secret");
  }

  @Test
  void help_names_the_database_option_and_the_tokens_files_names() {
    CommandLine cli = QiAssist.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));

    cli.execute("serve", "--help");

    assertThat(out.toString()).contains("--db=JDBC_URL").contains("one 'role token name' a line");
  }

  @Test
  void a_body_limit_below_one_byte_is_refused() {
    Run run = run("serve", "--body-limit", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("a body limit of 0 bytes would refuse every request");
  }
}

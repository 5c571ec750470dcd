package scot.qiassist.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RulesCopy;

/**
 * The escape corpus (issue 9): rule files written to run code, read secrets or hold the service.
 * Each is refused at check with its file and line, and a canary file and a canary environment
 * variable show that nothing of any of them ran.
 */
class EscapeCorpusTest {

  /**
   * Attempts that do run code when the file goes to Drools with no allowlist (shown by {@link
   * #without_the_allowlist_these_attempts_run_their_code}), so refusing them is no accident.
   */
  static final Set<String> PROVEN =
      Set.of(
          "a unicode escape closes a string and runs code",
          "a unicode line break ends a comment",
          "a unicode star-slash closes a comment",
          "a second import on the line of an allowed import",
          "a whole rule on the line of an allowed import",
          "CRLF line endings around code",
          "a right-to-left override hides code",
          "reflection from a conclusion to Runtime.exec");

  /** The README: "3 the rule files have problems (each with file and line)". */
  static final int RULE_PROBLEMS = 3;

  @TempDir Path temp;

  static Stream<EscapeAttempts.Attempt> attempts() {
    return EscapeAttempts.all().stream();
  }

  @Test
  void the_corpus_holds_at_least_forty_attempts() {
    assertThat(EscapeAttempts.all()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(EscapeAttempts.all().stream().map(EscapeAttempts.Attempt::name).distinct())
        .hasSameSizeAs(EscapeAttempts.all());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void each_attempt_is_refused_at_check_with_its_file_and_line(EscapeAttempts.Attempt attempt)
      throws IOException {
    Path canary = temp.resolve("canary");
    RulesCopy rules = withAttempt(temp.resolve("rules"), attempt, canary);

    CheckReport report = RuleLint.check(rules.directory);

    assertThat(report.version()).as("the rules were not compiled").isNull();
    assertThat(report.errors())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(EscapeAttempts.FILE);
              assertThat(p.line()).isPositive();
            });
    assertThat(canary).doesNotExist();
  }

  @Test
  void nothing_of_any_attempt_runs_when_check_and_test_read_it_with_a_secret_in_the_environment()
      throws Exception {
    String secret = "canary-" + UUID.randomUUID();
    Path canaries = Files.createDirectories(temp.resolve("canaries"));
    List<String> command = new ArrayList<>(javaCommand(CorpusRun.class.getName()));
    List<EscapeAttempts.Attempt> all = EscapeAttempts.all();
    for (int i = 0; i < all.size(); i++) {
      Path dir = temp.resolve("rules-" + i);
      withAttempt(dir, all.get(i), canaries.resolve("attempt-" + i));
      command.add(dir.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("QI_CANARY", secret);
    builder.redirectError(temp.resolve("errors.log").toFile());
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as("the process was not stopped by an attempt").isZero();
    String[] runs = output.split(CorpusRun.SEPARATOR);
    assertThat(runs).hasSize(2 * all.size() + 1);
    for (int i = 0; i < all.size(); i++) {
      String check = runs[1 + 2 * i];
      String test = runs[2 + 2 * i];
      assertThat(check)
          .as(all.get(i).name())
          .contains(" check " + RULE_PROBLEMS + "\n")
          .contains("error: " + EscapeAttempts.FILE + " line ");
      assertThat(test).as(all.get(i).name()).contains(" test " + RULE_PROBLEMS + "\n");
    }
    assertThat(output).doesNotContain(secret);
    try (Stream<Path> created = Files.list(canaries)) {
      assertThat(created).as("canary files").isEmpty();
    }
  }

  @Test
  void without_the_allowlist_these_attempts_run_their_code() throws IOException {
    List<EscapeAttempts.Attempt> proven =
        EscapeAttempts.all().stream().filter(a -> PROVEN.contains(a.name())).toList();
    assertThat(proven).hasSameSizeAs(PROVEN);
    for (EscapeAttempts.Attempt attempt : proven) {
      Path canary = temp.resolve("ran-" + UUID.randomUUID());

      String errors = WithoutAllowlist.fire(attempt.withCanary(canary.toString()));

      assertThat(errors).as(attempt.name()).isEmpty();
      assertThat(appears(canary)).as("%s: %s exists", attempt.name(), canary).isTrue();
    }
  }

  /**
   * Whether the canary file appears within ten seconds: an attempt through Runtime.exec starts a
   * process and goes on, so its file is written a moment after the rule has fired.
   */
  private static boolean appears(Path canary) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(canary)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static RulesCopy withAttempt(Path dir, EscapeAttempts.Attempt attempt, Path canary)
      throws IOException {
    RulesCopy rules = RulesCopy.in(Files.createDirectories(dir));
    Files.writeString(
        rules.directory.resolve(EscapeAttempts.FILE),
        attempt.withCanary(canary.toString().replace('\\', '/')),
        StandardCharsets.UTF_8);
    return rules;
  }

  static List<String> javaCommand(String mainClass) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        mainClass);
  }
}

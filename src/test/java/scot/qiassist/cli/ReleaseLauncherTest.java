package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive's launcher, run by sh with a stand-in for java that writes down each command
 * line it is given (and, asked to, the class archive): which JVM options a command and the service
 * get, and that the class archive is made by a run of its own and used only when it is newer than
 * the jar.
 */
class ReleaseLauncherTest {

  @TempDir Path temp;

  private Path home;
  private Path calls;

  @BeforeEach
  void aReleaseFolderWithSpacesInItsName() throws IOException {
    home = Files.createDirectories(temp.resolve("a folder/qi-assist-0.1.0"));
    Files.copy(Path.of("src/release/qi-assist"), home.resolve("qi-assist"));
    Files.writeString(home.resolve("qi-assist.jar"), "");
    Files.setLastModifiedTime(
        home.resolve("qi-assist.jar"), FileTime.from(Instant.now().minusSeconds(3600)));
    Files.createDirectories(home.resolve("examples"));
    Files.writeString(home.resolve("examples/north-lanarkshire-2023.json"), "{}");
    calls = temp.resolve("calls.txt");
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Files.writeString(
        bin.resolve("java"),
        """
        #!/bin/sh
        # Writes its command line, one argument a line, then a blank line; makes the archive asked for.
        for a in "$@"; do
          printf '%s\\n' "$a" >>"$CALLS"
          case "$a" in
            -XX:ArchiveClassesAtExit=*) [ -n "${NO_ARCHIVE:-}" ] || echo archive >"${a#*=}" ;;
          esac
        done
        echo >>"$CALLS"
        """);
    bin.resolve("java").toFile().setExecutable(true);
  }

  @Test
  void a_command_runs_with_the_quick_options_and_the_archive_made_once_by_a_run_of_its_own()
      throws Exception {
    String err = launch(Map.of(), "evaluate", "x.json");
    launch(Map.of(), "evaluate", "y.json");

    List<List<String>> runs = calls();
    assertThat(err).contains("qi-assist: preparing a faster start");
    assertThat(runs).hasSize(3);
    assertThat(runs.get(0))
        .contains("-XX:ArchiveClassesAtExit=" + home.resolve("qi-assist.jsa") + "." + "PID")
        .containsSequence("impact", "--from", "rules", "--to", "rules");
    assertThat(runs.get(1))
        .containsExactly(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=" + home.resolve("qi-assist.jsa"),
            "-Xlog:cds*=off",
            "-Dqiassist.home=" + home,
            "-jar",
            home.resolve("qi-assist.jar").toString(),
            "evaluate",
            "x.json");
    assertThat(runs.get(2)).contains("y.json").doesNotContain("impact");
  }

  @Test
  void the_service_keeps_the_jvm_defaults() throws Exception {
    launch(Map.of(), "serve", "--port", "8080");

    List<String> service = calls().get(1);
    assertThat(service).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(service).endsWith("serve", "--port", "8080");
  }

  @Test
  void without_an_archive_a_command_runs_all_the_same_and_the_archive_is_not_tried_again()
      throws Exception {
    launch(Map.of("NO_ARCHIVE", "1"), "evaluate", "x.json");
    String err = launch(Map.of("NO_ARCHIVE", "1"), "evaluate", "x.json");

    List<List<String>> runs = calls();
    assertThat(runs).hasSize(3);
    assertThat(runs.get(1))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
        .endsWith("evaluate", "x.json");
    assertThat(err).doesNotContain("preparing");
    assertThat(home.resolve("qi-assist.jsa")).doesNotExist();
  }

  @Test
  void an_archive_older_than_the_jar_is_made_again_before_it_is_used() throws Exception {
    launch(Map.of(), "--version");
    Files.setLastModifiedTime(home.resolve("qi-assist.jar"), FileTime.from(Instant.now()));
    Files.setLastModifiedTime(
        home.resolve("qi-assist.jsa"), FileTime.from(Instant.now().minusSeconds(60)));

    launch(Map.of(), "--version");

    List<List<String>> runs = calls();
    assertThat(runs).hasSize(4);
    assertThat(runs.get(2)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(runs.get(3)).contains("-XX:SharedArchiveFile=" + home.resolve("qi-assist.jsa"));
  }

  @Test
  void the_users_java_options_come_after_the_launchers_so_that_they_win() throws Exception {
    launch(Map.of("QI_ASSIST_JAVA_OPTIONS", "-Xmx256m -XX:TieredStopAtLevel=4"), "evaluate", "x");

    List<String> run = calls().get(1);
    assertThat(run)
        .containsSubsequence(
            "-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:TieredStopAtLevel=4", "-jar");
  }

  @Test
  void a_collector_the_user_chose_is_the_only_one_the_jvm_is_given() throws Exception {
    launch(Map.of("QI_ASSIST_JAVA_OPTIONS", "-XX:+UseParallelGC"), "evaluate", "x");

    List<String> run = calls().get(1);
    assertThat(run).contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    assertThat(run).doesNotContain("-XX:+UseSerialGC");
  }

  /** Runs the launcher from another folder; its standard error. */
  private String launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", home.resolve("qi-assist").toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
    builder.environment().put("PATH", temp.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("CALLS", calls.toString());
    builder.environment().remove("QI_ASSIST_JAVA_OPTIONS");
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    return err;
  }

  /** Each command line java was given, in order; the launcher's own process ids as "PID". */
  private List<List<String>> calls() throws IOException {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String line : Files.readAllLines(calls)) {
      if (line.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      } else {
        run.add(line.replaceAll("\\.jsa\\.\\d+$", ".jsa.PID"));
      }
    }
    return runs;
  }
}

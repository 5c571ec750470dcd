package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.reload.CandidateRun;
import scot.qiassist.reload.CandidateWorker;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;

/**
 * Candidates run apart (issue 9, item 3): the check of a candidate over HTTP, and the candidate of
 * a reload, run in a child process (the candidate worker) with a clean environment, a throwaway
 * working directory and limits; the service compiles only files that passed the allowlist.
 */
class CandidateIsolationTest {

  private static final String POLICY =
      "dcb09a839c9e09294fde18202ae1bc6b1fb1fa1ce24f7d0ccb093d60e32f92d9";
  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  @TempDir Path temp;
  private RulesCopy rules;
  private RunningService service;
  private Client policy;
  private CandidateWorker worker;

  @BeforeEach
  void serviceWhoseReloaderRunsCandidatesInAChild() throws Exception {
    rules = RulesCopy.in(temp.resolve("rules"));
    RuleSet initial = new RuleSetLoader().load(rules.directory);
    worker = new CandidateWorker(CandidateWorker.TIME_LIMIT);
    service =
        RunningService.start(
            initial,
            rules.directory,
            Tokens.of(Map.of(POLICY, Role.POLICY)),
            ServiceSettings.defaults(),
            worker);
    policy = service.client().as(POLICY);
  }

  @AfterEach
  void stop() {
    service.close();
    worker.close();
  }

  @Test
  void a_candidate_checked_over_http_runs_in_a_child_with_no_environment_and_a_throwaway_directory()
      throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(rules.directory);
    files.put(PLANNING, files.get(PLANNING) + "\n// reviewed again\n");
    ObjectNode body = QiAssistJson.MAPPER.createObjectNode();
    files.forEach(body.putObject("files")::put);

    CompletableFuture<Reply> answer =
        CompletableFuture.supplyAsync(() -> policy.postJson("/api/ruleset/check", body.toString()));
    ProcessHandle child = candidateChild(Duration.ofSeconds(120)).orElseThrow();
    byte[] environment = Files.readAllBytes(Path.of("/proc/" + child.pid() + "/environ"));
    Path directory = Path.of("/proc/" + child.pid() + "/cwd").toRealPath();
    String commandLine = commandLine(child);
    Reply reply = answer.get();

    assertThat(environment).as("the child's environment").isEmpty();
    assertThat(directory.getFileName().toString()).startsWith("qi-assist-candidate-");
    assertThat(commandLine).contains("-Xmx" + CandidateWorker.HEAP_LIMIT);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("wouldActivate").asBoolean()).isTrue();
    assertThat(reply.json().get("examples"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("passed").asBoolean()).isTrue());
    worker.close();
    assertThat(directory).as("the throwaway directory is removed with the worker").doesNotExist();
    assertThat(child.isAlive()).as("the worker stops with the service").isFalse();
  }

  @Test
  void a_reload_runs_its_candidate_in_a_child_and_then_puts_it_in_service() {
    rules.append(PLANNING, "\n// Reviewed again.\n");

    Reply reload = policy.postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(200);
    assertThat(reload.json().get("activated").asBoolean()).isTrue();
  }

  @Test
  void a_reload_of_a_file_the_allowlist_refuses_is_refused_naming_file_and_line() {
    rules.replace(PLANNING, "then\n", "then\n    System.exit(9);\n");
    int line = rules.lineOf(PLANNING, "System.exit(9);");

    Reply reload = policy.postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(422);
    assertThat(reload.json().get("errors"))
        .anySatisfy(
            e -> {
              assertThat(e.get("path").asText()).isEqualTo(PLANNING + ":" + line);
              assertThat(e.get("message").asText()).contains("uses 'System'");
            });
  }

  @Test
  void a_candidate_that_runs_past_the_time_limit_is_stopped_and_the_check_says_so()
      throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(rules.directory);
    Duration limit = Duration.ofMillis(300);
    Instant started = Instant.now();

    CandidateRun run;
    try (CandidateWorker own = new CandidateWorker(limit)) {
      run = own.run(files, Map.of());
    }

    assertThat(Duration.between(started, Instant.now()))
        .as("the check returned soon after the limit")
        .isLessThan(limit.plusSeconds(10));
    assertThat(run.check().version()).isNull();
    assertThat(run.check().errors())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "the check of the candidate rules did not finish within 300 milliseconds"
                            + " and was stopped; a rule may repeat without end or take too long"));
    assertThat(candidateChild(Duration.ZERO)).as("no child is left running").isEmpty();
  }

  /** A process's command line, read from /proc as the kernel has it. */
  private static String commandLine(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline")))
          .replace('\0', ' ');
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** The child process running a candidate, waited for up to the given time. */
  private static Optional<ProcessHandle> candidateChild(Duration wait) throws InterruptedException {
    Instant until = Instant.now().plus(wait);
    do {
      List<ProcessHandle> found =
          ProcessHandle.current()
              .descendants()
              .filter(p -> commandLine(p).contains("CandidateProcess"))
              .toList();
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
      Thread.sleep(20);
    } while (Instant.now().isBefore(until));
    return Optional.empty();
  }
}

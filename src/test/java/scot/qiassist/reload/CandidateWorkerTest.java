package scot.qiassist.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.rules.RuleSetLoader;

/**
 * The candidate worker: one process, started once, runs candidate after candidate with the same
 * isolation as a process per candidate, and is replaced when a candidate runs out of time or the
 * process ends under it. Waits are generous: the machine is shared.
 */
class CandidateWorkerTest {

  private static final Duration GENEROUS = Duration.ofSeconds(180);
  private static final String PARAMETERS = "grade/grade-parameters.csv";

  private final AtomicReference<Duration> limit = new AtomicReference<>(GENEROUS);
  private CandidateWorker worker = new CandidateWorker(limit::get, null);

  @AfterEach
  void stop() {
    worker.close();
  }

  @Test
  void two_candidates_in_a_row_through_one_worker_each_get_their_own_answer() throws Exception {
    Map<String, String> repository = RuleSetLoader.readDirectory(RepositoryRules.DIRECTORY);
    Map<String, String> lenient = new java.util.HashMap<>(repository);
    lenient.put(
        PARAMETERS, repository.get(PARAMETERS).replace("adequate-ratio,1,", "adequate-ratio,0.4,"));
    Map<String, String> evidence = examples();

    CandidateRun first = worker.run(repository, evidence);
    long pid = worker.pid().orElseThrow();
    CandidateRun second = worker.run(lenient, evidence);

    assertThat(worker.pid()).as("the same worker ran both").hasValue(pid);
    assertThat(first.check().version()).isEqualTo(RuleSetLoader.version(repository));
    assertThat(second.check().version()).isEqualTo(RuleSetLoader.version(lenient));
    assertThat(first.outcomes())
        .isEqualTo(new InProcessRunner().run(repository, evidence).outcomes());
    assertThat(second.outcomes())
        .isEqualTo(new InProcessRunner().run(lenient, evidence).outcomes());
    assertThat(grades(second)).as("the second candidate's own grades").isNotEqualTo(grades(first));
  }

  @Test
  void a_candidate_that_runs_out_of_time_stops_the_worker_and_the_next_candidate_gets_its_answer()
      throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(RepositoryRules.DIRECTORY);
    long first = started();
    limit.set(Duration.ofMillis(1));

    CandidateRun stopped = worker.run(files, examples());
    limit.set(GENEROUS);
    CandidateRun next = worker.run(files, examples());

    assertThat(stopped.check().version()).isNull();
    assertThat(stopped.check().errors())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "the check of the candidate rules did not finish within 1 milliseconds"
                            + " and was stopped; a rule may repeat without end or take too long"));
    assertThat(alive(first)).as("the worker that ran out of time").isFalse();
    assertThat(next.check().version()).isEqualTo(RuleSetLoader.version(files));
    assertThat(next.outcomes()).isNotEmpty().allSatisfy(o -> assertThat(o.outcome()).isNotNull());
    assertThat(worker.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(first));
  }

  @Test
  void a_worker_killed_from_outside_mid_candidate_gives_a_clear_refusal_and_the_next_works()
      throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(RepositoryRules.DIRECTORY);
    long first = started();

    CompletableFuture<CandidateRun> running =
        CompletableFuture.supplyAsync(() -> worker.run(files, examples()));
    waitFor(worker::busy);
    Thread.sleep(300);
    ProcessHandle.of(first).orElseThrow().destroyForcibly();
    CandidateRun killed = running.get(3, TimeUnit.MINUTES);
    CandidateRun next = worker.run(files, examples());

    assertThat(killed.check().version()).isNull();
    assertThat(killed.check().errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("candidate");
              assertThat(p.message())
                  .isEqualTo(
                      "the check of the candidate rules stopped before it gave an answer: its"
                          + " worker process ended (exit 137); the next check starts a new one");
            });
    assertThat(next.check().version()).isEqualTo(RuleSetLoader.version(files));
    assertThat(next.outcomes()).isNotEmpty().allSatisfy(o -> assertThat(o.outcome()).isNotNull());
  }

  @Test
  void the_worker_has_an_empty_environment_and_a_throwaway_directory_removed_when_it_stops()
      throws Exception {
    long pid = started();
    waitFor(() -> commandLine(pid).contains(CandidateProcess.class.getName()));
    byte[] environment = Files.readAllBytes(Path.of("/proc/" + pid + "/environ"));
    Path directory = Path.of("/proc/" + pid + "/cwd").toRealPath();

    worker.close();

    assertThat(environment).as("the worker's environment").isEmpty();
    assertThat(directory.getFileName().toString()).startsWith("qi-assist-candidate-");
    assertThat(directory).as("the throwaway directory").doesNotExist();
    assertThat(alive(pid)).as("the worker, once closed").isFalse();
  }

  @Test
  void a_worker_started_ahead_warms_up_on_the_rules_in_service_and_then_runs_the_candidate()
      throws Exception {
    worker.close();
    worker =
        new CandidateWorker(
            limit::get,
            () -> CandidateWorker.WarmUp.of(RepositoryRules.get(), RepositoryRules.EXAMPLES));
    Map<String, String> files = RuleSetLoader.readDirectory(RepositoryRules.DIRECTORY);
    long pid = started();

    CandidateRun run = worker.run(files, examples());

    assertThat(worker.pid()).as("the warmed-up worker ran it").hasValue(pid);
    assertThat(run.outcomes()).isEqualTo(new InProcessRunner().run(files, examples()).outcomes());
  }

  @Test
  void a_worker_whose_input_ends_exits_as_it_does_when_the_service_dies() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CandidateProcess.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();

    child.getOutputStream().close();

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the worker exited").isTrue();
    assertThat(child.exitValue()).isZero();
  }

  /** Starts the worker ahead of any candidate and gives its process id. */
  private long started() throws InterruptedException {
    worker.startInBackground();
    waitFor(() -> worker.pid().isPresent() && !worker.busy());
    return worker.pid().orElseThrow();
  }

  private static Map<String, String> examples() {
    return CandidateWorker.WarmUp.of(RepositoryRules.get(), RepositoryRules.EXAMPLES).evidence();
  }

  private static List<String> grades(CandidateRun run) {
    return run.outcomes().stream().map(o -> o.outcome().grade()).toList();
  }

  /** A process's command line as the kernel has it: the worker's once it has started Java. */
  private static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")))
          .replace('\0', ' ');
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    Instant until = Instant.now().plus(GENEROUS);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for the worker").isBefore(until);
      Thread.sleep(20);
    }
  }
}

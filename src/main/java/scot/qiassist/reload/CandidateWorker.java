package scot.qiassist.reload;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;

/**
 * Runs each candidate in a worker process apart from the service, started once and reused: an empty
 * environment (no tokens, no database address), a throwaway working directory, a heap limit and a
 * time limit per candidate. One candidate runs at a time, in arrival order. The worker is replaced
 * after a candidate that timed out, ran out of memory, ended it or was refused, and after {@link
 * #CANDIDATES_PER_WORKER} candidates; the replacement is started, and warmed up on the rules in
 * service, in the background, so that the next candidate finds it ready.
 */
public final class CandidateWorker implements CandidateRunner, AutoCloseable {

  /** How long a candidate may take to compile, check and evaluate every piece of evidence. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /** The worker's heap: enough for Drools to compile the rules and evaluate the evidence. */
  public static final String HEAP_LIMIT = "512m";

  /**
   * Candidates one worker runs before it is replaced: bounds whatever candidates could leave behind
   * in it (classes of compiled rules not yet unloaded, the allowlist's caches) at the cost of one
   * start and warm-up, in the background, per this many candidates.
   */
  public static final int CANDIDATES_PER_WORKER = 20;

  /**
   * Times a fresh worker compiles the rules in service and evaluates the examples before its first
   * candidate: the JIT compiles Drools' compiler, the evidence reader and the evaluation hot only
   * after several rounds (docs/benchmarks.md, "The rules workbench").
   */
  static final int WARM_UP_ROUNDS = 5;

  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;
  static final String WHERE = "candidate";

  /** Rules and evidence a fresh worker runs once, answer unread, to warm up its compiler. */
  public record WarmUp(Map<String, String> files, Map<String, String> evidence) {

    /** The rules in service, run over the examples: what a candidate mostly repeats. */
    public static WarmUp of(RuleSet inService, Path examplesDirectory) {
      List<Path> examples;
      try {
        examples = ExpectedOutcomes.examplesIn(examplesDirectory);
      } catch (IOException e) {
        examples = List.of();
      }
      return new WarmUp(inService.sources(), new CandidateReports(examples).evidence());
    }
  }

  private final Supplier<Duration> limit;
  private final Supplier<WarmUp> warmUp;
  private final ReentrantLock turn = new ReentrantLock(true);
  private volatile WorkerProcess worker;
  private int ran;
  private volatile boolean closed;

  /** A worker started at the first candidate, with no warm-up. */
  public CandidateWorker(Duration limit) {
    this(limit, null);
  }

  /**
   * @param warmUp what a fresh worker runs before its first candidate, or null for none; a worker
   *     is then started ahead of need (at {@link #startInBackground} and after each replacement)
   */
  public CandidateWorker(Duration limit, Supplier<WarmUp> warmUp) {
    this(() -> limit, warmUp);
  }

  /** A time limit read at each candidate: for tests, to let one candidate run out of time. */
  CandidateWorker(Supplier<Duration> limit, Supplier<WarmUp> warmUp) {
    this.limit = limit;
    this.warmUp = warmUp;
  }

  @Override
  public CandidateRun run(Map<String, String> files, Map<String, String> evidence) {
    byte[] request;
    try {
      request =
          QiAssistJson.MAPPER.writeValueAsBytes(new CandidateProcess.Request(files, evidence));
    } catch (IOException e) {
      return stopped("could not be sent to the worker", null);
    }
    if (request.length > CandidateProcess.MAX_REQUEST_BYTES) {
      return stopped(
          "was not run: the rules and evidence come to more than "
              + CandidateProcess.MAX_REQUEST_BYTES / (1024 * 1024)
              + " MB",
          null);
    }
    try {
      // Candidates take turns; a request waits for at most two candidates' time, not for a queue
      // of any length.
      if (!turn.tryLock(limit.get().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)) {
        return stopped(
            "was not run: other checks are using the worker",
            "Nothing is wrong with these rules as far as is known; send them again in a minute.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stopped("was interrupted", null);
    }
    try {
      return runInTurn(request);
    } catch (InterruptedException e) {
      retire();
      Thread.currentThread().interrupt();
      return stopped("was interrupted", null);
    } finally {
      turn.unlock();
    }
  }

  private CandidateRun runInTurn(byte[] request) throws InterruptedException {
    if (closed) {
      return stopped("was not run: the service is stopping", null);
    }
    WorkerProcess w;
    try {
      w = ready();
    } catch (IOException e) {
      return stopped("could not start its worker process", null);
    }
    if (closed) {
      retire();
      return stopped("was not run: the service is stopping", null);
    }
    Duration within = limit.get();
    WorkerProcess.Reply reply = w.exchange(request, within, MAX_ANSWER_BYTES);
    CandidateRun run = reply.answer() == null ? failed(reply, within) : read(reply.answer());
    ran++;
    boolean refused = run.check().version() == null || !run.check().errors().isEmpty();
    if (reply.answer() == null || refused || ran >= CANDIDATES_PER_WORKER) {
      retire();
      if (warmUp != null) {
        startInBackground();
      }
    }
    return run;
  }

  /** The worker, started now if there is none or it has ended. */
  private WorkerProcess ready() throws IOException {
    if (worker != null && !worker.isAlive()) {
      retire();
    }
    if (worker == null) {
      worker = WorkerProcess.start(HEAP_LIMIT);
      ran = 0;
    }
    return worker;
  }

  private void retire() {
    if (worker != null) {
      worker.stop();
      worker = null;
    }
  }

  /**
   * Starts a worker and warms it up on a thread of its own, unless one is running; a candidate that
   * comes meanwhile waits for the warm-up round under way, then runs in the worker as warm as it
   * is.
   */
  public void startInBackground() {
    Thread starter = new Thread(this::startAndWarmUp, "candidate-worker-start");
    starter.setDaemon(true);
    starter.start();
  }

  private void startAndWarmUp() {
    turn.lock();
    try {
      if (closed || (worker != null && worker.isAlive())) {
        return;
      }
      WorkerProcess w = ready();
      if (warmUp == null) {
        return;
      }
      WarmUp what = warmUp.get();
      byte[] request =
          QiAssistJson.MAPPER.writeValueAsBytes(
              new CandidateProcess.Request(what.files(), what.evidence()));
      // A candidate that comes meanwhile waits for the round under way only, not for them all.
      for (int round = 0; round < WARM_UP_ROUNDS && !closed && !turn.hasQueuedThreads(); round++) {
        if (w.exchange(request, limit.get(), MAX_ANSWER_BYTES).answer() == null) {
          retire();
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      retire();
    } catch (InterruptedException e) {
      retire();
      Thread.currentThread().interrupt();
    } finally {
      turn.unlock();
    }
  }

  /** The worker's process id, when one is running: for tests. */
  OptionalLong pid() {
    WorkerProcess w = worker;
    return w == null ? OptionalLong.empty() : OptionalLong.of(w.pid());
  }

  /** Whether a candidate, or a warm-up, is running: for tests. */
  boolean busy() {
    return turn.isLocked();
  }

  /** Stops the worker; a candidate running now is stopped with it. */
  @Override
  public void close() {
    closed = true;
    WorkerProcess w = worker;
    if (w != null) {
      w.stop();
    }
    turn.lock();
    try {
      retire();
    } finally {
      turn.unlock();
    }
  }

  private static CandidateRun failed(WorkerProcess.Reply reply, Duration limit) {
    return switch (reply.failure()) {
      case TIMED_OUT ->
          stopped(
              "did not finish within "
                  + (limit.toMillis() % 1000 == 0
                      ? limit.toSeconds() + " seconds"
                      : limit.toMillis() + " milliseconds")
                  + " and was stopped; a rule may repeat without end or take too long",
              "look for a rule whose conclusion makes its own condition true again.");
      case OUT_OF_MEMORY ->
          stopped(
              "ran out of memory (the limit is " + HEAP_LIMIT + ") and was stopped",
              "look for a rule that creates facts without end.");
      case ENDED ->
          stopped(
              "stopped before it gave an answer: its worker process ended (exit "
                  + reply.exit()
                  + "); the next check starts a new one",
              "check again; if it stops again, look for a rule that creates facts without end.");
      case UNREADABLE -> stopped("gave no answer that could be read", null);
    };
  }

  private static CandidateRun read(byte[] answer) {
    try {
      return QiAssistJson.MAPPER
          .readerFor(CandidateRun.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(answer);
    } catch (IOException e) {
      return stopped("gave no answer that could be read", null);
    }
  }

  private static CandidateRun stopped(String what, String hint) {
    RuleProblem problem =
        new RuleProblem(WHERE, 0, null, "the check of the candidate rules " + what, hint);
    return CandidateRun.refused(new CheckReport(null, 0, List.of(problem), List.of(), List.of()));
  }
}

package scot.qiassist.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/**
 * Reloads the rules of a running service safely: a candidate is built away from the request path,
 * checked, and tested against the examples, and only then put in service, whole, in one step.
 * Requests already running finish on the rule set they started with. A candidate that fails is
 * refused with its problems, and the last good rule set stays in service.
 */
public final class RuleSetReloader {

  private final Path rulesDirectory;
  private final Path examplesDirectory;
  private final Supplier<RuleSet> current;
  private final Consumer<RuleSet> activate;
  private final CandidateRunner runner;
  private final List<Activation> history = new CopyOnWriteArrayList<>();
  private volatile ReloadResult last;

  /** A reloader that runs candidates in a child process ({@link ChildJvmRunner}). */
  public RuleSetReloader(
      Path rulesDirectory,
      Path examplesDirectory,
      RuleSet initial,
      Supplier<RuleSet> current,
      Consumer<RuleSet> activate) {
    this(rulesDirectory, examplesDirectory, initial, current, activate, new ChildJvmRunner());
  }

  /**
   * @param initial the rule set in service at start-up, recorded as the first activation
   * @param current reads the rule set in service
   * @param activate puts a rule set in service for every request that starts from then on
   * @param runner where a candidate that passed the allowlist is compiled, checked and tested
   */
  public RuleSetReloader(
      Path rulesDirectory,
      Path examplesDirectory,
      RuleSet initial,
      Supplier<RuleSet> current,
      Consumer<RuleSet> activate,
      CandidateRunner runner) {
    this.rulesDirectory = rulesDirectory;
    this.examplesDirectory = examplesDirectory;
    this.current = current;
    this.activate = activate;
    this.runner = runner;
    history.add(new Activation(initial.version(), initial.loadedAt(), "start-up", initial.files()));
  }

  /**
   * Reads the rules directory as it is now; screens it with the allowlist here, then checks and
   * tests it through the runner, and only when all of that passes compiles it here and puts it in
   * service.
   */
  public synchronized ReloadResult reload(String by) {
    Instant at = Instant.now();
    Map<String, String> files;
    try {
      files = RuleSetLoader.readDirectory(rulesDirectory);
    } catch (RuleSetException e) {
      return remember(new ReloadResult(false, null, at, by, e.problems(), List.of()));
    }
    List<RuleProblem> refused = new RuleSetLoader().screen(rulesDirectory.toString(), files);
    if (!refused.isEmpty()) {
      return remember(new ReloadResult(false, null, at, by, refused, List.of()));
    }
    String version = RuleSetLoader.version(files);
    if (version.equals(current.get().version())) {
      return remember(
          new ReloadResult(
              false,
              version,
              at,
              by,
              List.of(
                  RuleProblem.at(
                      rulesDirectory.toString(),
                      0,
                      "nothing changed: version " + version + " is already in service")),
              List.of()));
    }
    CandidateReports reports = new CandidateReports(exampleFiles());
    CandidateRun run = runner.run(files, reports.evidence());
    if (run.check().version() == null) {
      return remember(new ReloadResult(false, null, at, by, run.check().errors(), List.of()));
    }
    List<String> differing = differences(reports.examples(run));
    if (!run.check().errors().isEmpty() || !differing.isEmpty()) {
      return remember(new ReloadResult(false, version, at, by, run.check().errors(), differing));
    }
    RuleSet candidate = run.compiled() == null ? null : at(run.compiled(), rulesDirectory);
    if (candidate == null) {
      try {
        candidate = new RuleSetLoader().load(rulesDirectory.toString(), files);
      } catch (RuleSetException e) {
        return remember(new ReloadResult(false, version, at, by, e.problems(), List.of()));
      }
    }
    activate.accept(candidate);
    history.add(new Activation(candidate.version(), Instant.now(), by, candidate.files()));
    return remember(new ReloadResult(true, candidate.version(), at, by, List.of(), List.of()));
  }

  /**
   * What a candidate set of files would do; nothing is activated or remembered. Files the allowlist
   * refuses are never compiled or run anywhere.
   */
  public CandidateReport check(Map<String, String> files) {
    List<RuleProblem> refused = new RuleSetLoader().screen("candidate", files);
    if (!refused.isEmpty()) {
      return new CandidateReport(
          new CheckReport(null, 0, refused, List.of(), List.of()), List.of(), null);
    }
    CandidateReports reports = new CandidateReports(exampleFiles());
    CandidateRun run = runner.run(files, reports.evidence());
    if (run.check().version() == null) {
      return new CandidateReport(run.check(), List.of(), null);
    }
    return new CandidateReport(
        run.check(), reports.examples(run), reports.impact(current.get(), run));
  }

  /** The same compiled rules, as read from the rules directory. */
  private static RuleSet at(RuleSet r, Path directory) {
    return new RuleSet(
        directory.toString(),
        r.version(),
        r.loadedAt(),
        r.files(),
        r.kieBase(),
        r.standardWords(),
        r.phrases(),
        r.measures(),
        r.rules());
  }

  /** Every activation since start-up, oldest first. */
  public List<Activation> history() {
    return List.copyOf(history);
  }

  /** The last reload tried, or null before the first. */
  public ReloadResult last() {
    return last;
  }

  private List<Path> exampleFiles() {
    try {
      return ExpectedOutcomes.examplesIn(examplesDirectory);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<String> differences(List<ExampleResult> results) {
    List<String> differing = new ArrayList<>();
    for (ExampleResult r : results) {
      if (r.problem() != null) {
        differing.add(r.example() + ": " + r.problem());
      } else if (!r.passed()) {
        differing.add(
            r.example() + ": " + String.join("; ", r.difference().lines("expected", "now")));
      }
    }
    return differing;
  }

  private ReloadResult remember(ReloadResult result) {
    last = result;
    return result;
  }
}

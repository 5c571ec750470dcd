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
import scot.qiassist.examples.ExampleCheck;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.impact.Impact;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleLint;
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
  private final List<Activation> history = new CopyOnWriteArrayList<>();
  private volatile ReloadResult last;

  /**
   * @param initial the rule set in service at start-up, recorded as the first activation
   * @param current reads the rule set in service
   * @param activate puts a rule set in service for every request that starts from then on
   */
  public RuleSetReloader(
      Path rulesDirectory,
      Path examplesDirectory,
      RuleSet initial,
      Supplier<RuleSet> current,
      Consumer<RuleSet> activate) {
    this.rulesDirectory = rulesDirectory;
    this.examplesDirectory = examplesDirectory;
    this.current = current;
    this.activate = activate;
    history.add(new Activation(initial.version(), initial.loadedAt(), "start-up", initial.files()));
  }

  /** Builds, checks and tests the rules directory as it is now; activates it only if all pass. */
  public synchronized ReloadResult reload(String by) {
    Instant at = Instant.now();
    Map<String, String> files;
    RuleSet candidate;
    try {
      files = RuleSetLoader.readDirectory(rulesDirectory);
      candidate = new RuleSetLoader().load(rulesDirectory.toString(), files);
    } catch (RuleSetException e) {
      return remember(new ReloadResult(false, null, at, by, e.problems(), List.of()));
    }
    if (candidate.version().equals(current.get().version())) {
      return remember(
          new ReloadResult(
              false,
              candidate.version(),
              at,
              by,
              List.of(
                  RuleProblem.at(
                      rulesDirectory.toString(),
                      0,
                      "nothing changed: version "
                          + candidate.version()
                          + " is already in service")),
              List.of()));
    }
    CheckReport check = RuleLint.check(candidate, files);
    List<String> differing = differences(examples(candidate));
    if (!check.errors().isEmpty() || !differing.isEmpty()) {
      return remember(
          new ReloadResult(false, candidate.version(), at, by, check.errors(), differing));
    }
    activate.accept(candidate);
    history.add(new Activation(candidate.version(), Instant.now(), by, candidate.files()));
    return remember(new ReloadResult(true, candidate.version(), at, by, List.of(), List.of()));
  }

  /** What a candidate set of files would do; nothing is activated or remembered. */
  public CandidateReport check(Map<String, String> files) {
    RuleSet candidate;
    try {
      candidate = new RuleSetLoader().load("candidate", files);
    } catch (RuleSetException e) {
      return new CandidateReport(
          new CheckReport(null, 0, e.problems(), List.of(), List.of()), List.of(), null);
    }
    CheckReport check = RuleLint.check(candidate, files);
    ImpactReport impact = Impact.of(current.get(), candidate, exampleFiles());
    return new CandidateReport(check, examples(candidate), impact);
  }

  /** Every activation since start-up, oldest first. */
  public List<Activation> history() {
    return List.copyOf(history);
  }

  /** The last reload tried, or null before the first. */
  public ReloadResult last() {
    return last;
  }

  private List<ExampleResult> examples(RuleSet candidate) {
    return new ExampleCheck(candidate).run(exampleFiles());
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

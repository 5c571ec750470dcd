package scot.qiassist.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.StoredVersion;

/**
 * Reloads the rules of a running service safely: a candidate is built away from the request path,
 * checked, and tested against the examples, and only then put in service, whole, in one step.
 * Requests already running finish on the rule set they started with. A candidate that fails is
 * refused with its problems, and the last good rule set stays in service.
 */
public final class RuleSetReloader {

  private final Path rulesDirectory;
  private final Path examplesDirectory;
  private final RulesInService rules;
  private final CandidateRunner runner;

  /**
   * @param rules the rule set in service, its activations and the reloads tried, shared with every
   *     other instance through the database
   * @param runner where a candidate that passed the allowlist is compiled, checked and tested
   */
  public RuleSetReloader(
      Path rulesDirectory, Path examplesDirectory, RulesInService rules, CandidateRunner runner) {
    this.rulesDirectory = rulesDirectory;
    this.examplesDirectory = examplesDirectory;
    this.rules = rules;
    this.runner = runner;
  }

  /**
   * At start-up, puts the rules directory in service through the same checks as a reload when it
   * holds a version never put in service before: a change made while the service was stopped. A
   * version put in service before and since replaced is left alone, so that an instance started
   * with an older copy of the rules does not turn the others back to it.
   *
   * @return the reload tried, or empty when the directory's version is in service or is an old one
   */
  public Optional<ReloadResult> reloadIfNew(RuleSet fromDirectory) {
    String version = fromDirectory.version();
    if (version.equals(rules.current().version()) || rules.wasActivated(version)) {
      return Optional.empty();
    }
    return Optional.of(reload(Activation.START_UP));
  }

  /**
   * Reads the rules directory as it is now; screens it with the allowlist here, then checks and
   * tests it through the runner, and only when all of that passes compiles it here and puts it in
   * service.
   */
  public synchronized ReloadResult reload(String by) {
    // To the millisecond, as the database keeps it: the reload shown later is this one exactly.
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    RuleSet basis = rules.current();
    Map<String, String> files;
    try {
      files = RuleSetLoader.readDirectory(rulesDirectory);
    } catch (RuleSetException e) {
      return remember(new ReloadResult(false, null, at, by, e.problems(), List.of()));
    }
    List<RuleProblem> refused = new RuleSetLoader().screen(rulesDirectory.toString(), files);
    if (!refused.isEmpty()) {
      record(
          files,
          basis,
          by,
          at,
          new CheckReport(null, 0, refused, List.of(), List.of()),
          null,
          null);
      return remember(new ReloadResult(false, null, at, by, refused, List.of()));
    }
    String version = RuleSetLoader.version(files);
    if (version.equals(basis.version())) {
      return remember(ReloadResult.unchanged(version, at, by));
    }
    CandidateReports reports = new CandidateReports(exampleFiles());
    CandidateRun run = runner.run(files, reports.evidence());
    if (run.check().version() == null) {
      record(files, basis, by, at, run.check(), null, null);
      return remember(new ReloadResult(false, null, at, by, run.check().errors(), List.of()));
    }
    List<ExampleResult> results = reports.examples(run);
    VersionCheck recorded =
        record(files, basis, by, at, run.check(), results, reports.impact(basis, run));
    List<String> differing = differences(results);
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
    if (rules
        .activate(
            candidate,
            basis,
            by,
            "a reload of the rules directory",
            StoredChecks.json(recorded.summary()))
        .isEmpty()) {
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
                      "another version was put in service while this one was being checked: "
                          + "this instance now serves it; reload again to put this one in service")),
              List.of()));
    }
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
        run.check(), reports.examples(run), reports.impact(rules.current(), run));
  }

  /**
   * Keeps the directory's files as a version based on the one in service, with this check of them:
   * the directory is imported as a version whether or not it is put in service.
   */
  private VersionCheck record(
      Map<String, String> files,
      RuleSet basis,
      String by,
      Instant at,
      CheckReport check,
      List<ExampleResult> results,
      scot.qiassist.impact.ImpactReport impact) {
    String version = RuleSetLoader.version(files);
    List<VersionCheck.ExampleCheck> examples = new ArrayList<>();
    if (results != null) {
      results.forEach(
          r ->
              examples.add(
                  VersionCheck.ExampleCheck.of(
                      Corpus.exampleName(r.example()),
                      r,
                      r.difference() == null ? null : r.difference().gradeBefore())));
    }
    VersionCheck recorded =
        new VersionCheck(
            java.util.UUID.randomUUID().toString(),
            version,
            basis.version(),
            at.toString(),
            by,
            VersionCheck.statusOf(check, examples),
            check,
            examples,
            impact == null ? null : VersionCheck.ImpactTable.of(impact, examples.size(), 0));
    rules.recordCheck(
        new StoredVersion(version, at, basis.version(), by, StoredVersion.DIRECTORY),
        files,
        StoredChecks.stored(recorded, StoredChecks.expectedOnDisk(exampleFiles())));
    return recorded;
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
        r.gradeParameters(),
        r.rules(),
        r.sources());
  }

  /** Every activation recorded in the database, by any instance, oldest first. */
  public List<Activation> history() {
    return rules.history();
  }

  /** The last reload tried, on any instance, or null before the first. */
  public ReloadResult last() {
    return rules.lastReload();
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
    rules.recordReload(result);
    return result;
  }
}

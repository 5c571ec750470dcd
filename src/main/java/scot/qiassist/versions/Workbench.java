package scot.qiassist.versions;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import scot.qiassist.evidence.PersonalDataScreen;
import scot.qiassist.evidence.Problem;
import scot.qiassist.examples.Outcome;
import scot.qiassist.reload.CandidateCheck;
import scot.qiassist.reload.CandidateRun;
import scot.qiassist.reload.CandidateRunner;
import scot.qiassist.reload.Corpus;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.reload.StoredChecks;
import scot.qiassist.reload.VersionCheck;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.RulesetActivations;
import scot.qiassist.storage.RulesetChecks;
import scot.qiassist.storage.RulesetVersions;
import scot.qiassist.storage.StoredActivation;
import scot.qiassist.storage.StoredCheck;
import scot.qiassist.storage.StoredVersion;

/**
 * The rules workbench: every rule set version kept in the database, candidates checked (the
 * allowlist here, then compiled, checked, tested over the examples and weighed against their parent
 * over the examples and the latest stored evaluations, in the candidate runner), stored whatever
 * the result, and put in service only when their latest check passed. Rolling back is putting an
 * earlier version in service again.
 */
public final class Workbench {

  /** How many of the latest stored evaluations a candidate is weighed over. */
  public static final int EVALUATIONS_WEIGHED = 500;

  /** The longest note an activation may carry. */
  public static final int MAX_NOTE = 2_000;

  private final RulesInService inService;
  private final CandidateRunner runner;
  private final Path examplesDirectory;
  private final EvaluationStore store;
  private final RulesetVersions versions;
  private final RulesetChecks checks;
  private final RulesetActivations activations;
  private final CompiledVersions compiled;

  public Workbench(
      Database database, RulesInService inService, CandidateRunner runner, Path examplesDirectory) {
    this.inService = inService;
    this.runner = runner;
    this.examplesDirectory = examplesDirectory;
    this.store = new EvaluationStore(database);
    this.versions = new RulesetVersions(database);
    this.checks = new RulesetChecks(database);
    this.activations = new RulesetActivations(database);
    this.compiled = new CompiledVersions(inService, versions);
  }

  /**
   * A candidate and its check, as stored.
   *
   * @param created whether the version is new (false: the same files were stored before, and this
   *     is a new check of them)
   */
  public record Submitted(boolean created, VersionCheck check) {}

  /**
   * Checks a candidate and stores it with its check, whatever the result: a refused candidate is
   * stored as refused and is never compiled or run.
   *
   * @throws InvalidRequestException for an unknown parent or example, or too many files; nothing is
   *     stored
   */
  public Submitted submit(Candidate candidate, String by) throws InvalidRequestException {
    String parent = candidate.parent() == null ? inService.current().version() : candidate.parent();
    Map<String, String> files = new TreeMap<>(versions.files(parent));
    if (files.isEmpty()) {
      throw new InvalidRequestException(
          "candidate",
          new Problem(
              "parent",
              "'"
                  + parent
                  + "' is not a stored version; GET /api/ruleset/versions lists every version"));
    }
    candidate
        .changes()
        .forEach(
            (path, text) -> {
              if (text == null) {
                files.remove(path);
              } else {
                files.put(path, text);
              }
            });
    return check(files, parent, parent, candidate.accept(), by);
  }

  /**
   * @param expectedFrom the version whose expected outcomes the examples are held to, or null for
   *     those beside the examples
   */
  private Submitted check(
      Map<String, String> files, String parent, String expectedFrom, Set<String> accept, String by)
      throws InvalidRequestException {
    List<Problem> problems = new ArrayList<>();
    if (files.size() > Candidate.MAX_FILES) {
      problems.add(
          new Problem(
              "files",
              "the candidate would have "
                  + files.size()
                  + " files; the limit is "
                  + Candidate.MAX_FILES));
    }
    Corpus corpus = Corpus.of(examplesDirectory, latestEvaluations());
    int i = 0;
    for (String name : accept) {
      if (!corpus.exampleNames().contains(name)) {
        problems.add(
            new Problem(
                "accept[" + i + "]",
                "'"
                    + Candidate.shown(name)
                    + "' is not an example; the examples are "
                    + String.join(", ", corpus.exampleNames())));
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("candidate", problems);
    }
    String version = RuleSetLoader.version(files);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    VersionCheck header =
        new VersionCheck(
            UUID.randomUUID().toString(),
            version,
            parent,
            at.toString(),
            by,
            "",
            null,
            List.of(),
            null);
    Map<String, Outcome> expected =
        expectedFrom == null ? corpus.expectedOnDisk() : expectedOf(expectedFrom, corpus);
    List<scot.qiassist.rules.RuleProblem> refused = new RuleSetLoader().screen("candidate", files);
    CandidateCheck.Checked checked;
    if (!refused.isEmpty()) {
      CandidateRun run =
          new CandidateRun(new CheckReport(null, 0, refused, List.of(), List.of()), List.of());
      checked = CandidateCheck.of(header, run, corpus, expected, accept, null);
    } else {
      // The parent's outcomes are found here while the candidate runs in its own process.
      CompletableFuture<Map<String, Object>> before =
          CompletableFuture.supplyAsync(() -> outcomesUnder(parent, corpus));
      CandidateRun run = runner.run(files, corpus.evidence());
      if (run.check().version() != null) {
        compiled.remember(version, run.outcomes(), corpus.evidence());
      }
      Map<String, Object> parentOutcomes = before.join();
      checked =
          CandidateCheck.of(
              header,
              run,
              corpus,
              expected,
              accept,
              parentOutcomes == null ? null : (name, json) -> outcomeOf(parentOutcomes, name));
    }
    boolean created = !versions.exists(version);
    inService.recordCheck(
        new StoredVersion(version, at, parent, by, StoredVersion.CANDIDATE),
        files,
        StoredChecks.stored(checked.check(), checked.expected()));
    return new Submitted(created, checked.check());
  }

  /**
   * Puts a version in service on every instance, whatever is in service now: the later of two
   * activations wins. A version never checked (the rules directory of a database's first start) is
   * checked first, against the expected outcomes beside the examples.
   *
   * @param note why, required
   * @throws InvalidRequestException when the note is missing, too long or looks like personal data
   * @throws UnknownVersionException when no version has this id
   * @throws ActivationRefusedException when its latest check did not pass, or it is in service
   */
  public StoredActivation activate(String version, String by, String note)
      throws InvalidRequestException {
    List<Problem> problems = noteProblems(note);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("activation", problems);
    }
    StoredVersion stored =
        versions.find(version).orElseThrow(() -> new UnknownVersionException(version));
    if (inService.current().version().equals(version)) {
      throw new ActivationRefusedException(
          "version " + version + " is in service already; nothing was changed");
    }
    VersionCheck check = latestCheck(stored, by);
    if (!check.passed()) {
      throw new ActivationRefusedException(refusal(check));
    }
    RuleSet rules;
    try {
      rules = compiled.of(version).orElseThrow(() -> new UnknownVersionException(version));
    } catch (RuleSetException e) {
      throw new ActivationRefusedException(
          "version " + version + " could not be built: " + e.getMessage());
    }
    return inService.activateOnTop(rules, by, note.strip(), StoredChecks.json(check.summary()));
  }

  private VersionCheck latestCheck(StoredVersion stored, String by) throws InvalidRequestException {
    Optional<StoredCheck> latest = checks.latest(stored.version());
    if (latest.isPresent()) {
      return StoredChecks.check(latest.get());
    }
    // Never checked: the rules directory of a database's first start, held to the expected outcomes
    // beside the examples, as a reload of it would be.
    String parent = stored.parent() == null ? inService.current().version() : stored.parent();
    return check(versions.files(stored.version()), parent, null, Set.of(), by).check();
  }

  private static String refusal(VersionCheck check) {
    long differing = check.examples().stream().filter(e -> !e.passed()).count();
    String why =
        switch (check.status()) {
          case VersionCheck.REFUSED ->
              "it was refused: "
                  + check.check().errors().size()
                  + " problems keep it from being compiled";
          default ->
              check.check().errors().size()
                  + " check errors and "
                  + differing
                  + " examples that differ from their expected outcome";
        };
    return "version "
        + check.version()
        + " cannot be put in service: its latest check ("
        + check.at()
        + ", by "
        + check.by()
        + ") did not pass, with "
        + why
        + ". Send it again as a candidate, with the expected outcomes accepted where the change is"
        + " meant";
  }

  private static List<Problem> noteProblems(String note) {
    if (note == null || note.isBlank()) {
      return List.of(
          new Problem(
              "note",
              "is required: say why this version is put in service (a change request, a"
                  + " correction, a roll-back)"));
    }
    if (note.length() > MAX_NOTE) {
      return List.of(
          new Problem(
              "note", "is " + note.length() + " characters long; the limit is " + MAX_NOTE));
    }
    return PersonalDataScreen.check(note)
        .map(
            found ->
                List.of(
                    new Problem(
                        "note",
                        "looks like it identifies a person: "
                            + found
                            + "; a note says why the rules change, never who about")))
        .orElse(List.of());
  }

  /** Every version, newest first, each with its status and activations. */
  public List<VersionEntry> list() {
    Map<String, String> statuses = checks.latestStatuses();
    Map<String, List<ActivationEntry>> byVersion = activationsByVersion();
    String current = inService.current().version();
    return versions.list().stream()
        .map(v -> entry(v, statuses.get(v.version()), byVersion, current))
        .toList();
  }

  /** Every activation, newest first. */
  public List<ActivationEntry> history() {
    List<ActivationEntry> all = new ArrayList<>();
    activations.history().forEach(a -> all.add(ActivationEntry.of(a)));
    java.util.Collections.reverse(all);
    return all;
  }

  /** The version in service on this instance now. */
  public String inService() {
    return inService.current().version();
  }

  /** One version with its files and latest check. */
  public VersionDetail get(String version) {
    StoredVersion stored =
        versions.find(version).orElseThrow(() -> new UnknownVersionException(version));
    Optional<StoredCheck> latest = checks.latest(version);
    VersionEntry entry =
        entry(
            stored,
            latest.map(StoredCheck::status).orElse(null),
            activationsByVersion(),
            inService.current().version());
    return new VersionDetail(
        entry,
        versions.files(version),
        latest.map(StoredChecks::check).orElse(null),
        latest.map(StoredChecks::expected).orElse(Map.of()));
  }

  /** The files of a version, or empty when no version has this id. */
  public Map<String, String> files(String version) {
    return versions.files(version);
  }

  /** The examples' names, for the pages' choices. */
  public List<String> examples() {
    return Corpus.of(examplesDirectory, List.of()).exampleNames();
  }

  /**
   * A stored evaluation's evidence evaluated again under its version.
   *
   * @throws ReplayUnavailableException when the version's files are not stored or do not build
   */
  public Replay replay(scot.qiassist.storage.StoredEvaluation evaluation) {
    String version = evaluation.rulesetVersion();
    RuleSet rules;
    try {
      rules =
          compiled
              .of(version)
              .orElseThrow(
                  () ->
                      new ReplayUnavailableException(
                          "the files of version "
                              + version
                              + ", which evaluation "
                              + evaluation.id()
                              + " was made with, are not stored; it cannot be re-run"));
    } catch (RuleSetException e) {
      throw new ReplayUnavailableException(
          "version " + version + " could not be built again: " + e.getMessage());
    }
    Outcome then = Outcome.of(evaluation.result());
    Outcome now;
    try {
      now = compiled.outcome(rules, "evaluation:" + evaluation.id(), evaluation.evidence());
    } catch (Exception e) {
      throw new ReplayUnavailableException(
          "the evidence of evaluation "
              + evaluation.id()
              + " could not be evaluated again under version "
              + version
              + ": "
              + e.getMessage());
    }
    var difference = scot.qiassist.examples.OutcomeDifference.between(then, now);
    return new Replay(
        evaluation.id(),
        version,
        difference.isEmpty(),
        Replay.Decision.of(then),
        Replay.Decision.of(now),
        difference.lines("stored", "replayed"));
  }

  /** The expected outcomes a candidate on this parent is tested against. */
  private Map<String, Outcome> expectedOf(String parent, Corpus corpus) {
    return checks
        .latest(parent)
        .map(StoredChecks::expected)
        .filter(m -> !m.isEmpty())
        .orElse(corpus.expectedOnDisk());
  }

  private List<scot.qiassist.storage.StoredEvidence> latestEvaluations() {
    return store.evidence(EvaluationFilter.all().withLimit(EVALUATIONS_WEIGHED));
  }

  /**
   * The outcome (or the failure) of every piece of the corpus under the parent, or null when the
   * parent may not or cannot be built here: a parent whose latest check refused it is never built.
   */
  private Map<String, Object> outcomesUnder(String parent, Corpus corpus) {
    if (checks.latest(parent).map(c -> VersionCheck.REFUSED.equals(c.status())).orElse(false)) {
      return null;
    }
    RuleSet rules;
    try {
      rules = compiled.of(parent).orElse(null);
    } catch (RuleSetException e) {
      return null;
    }
    if (rules == null) {
      return null;
    }
    Map<String, Object> outcomes = new HashMap<>();
    corpus
        .evidence()
        .forEach(
            (name, json) -> {
              try {
                outcomes.put(name, compiled.outcome(rules, name, json));
              } catch (Exception e) {
                outcomes.put(name, e);
              }
            });
    return outcomes;
  }

  private static Outcome outcomeOf(Map<String, Object> outcomes, String name) throws Exception {
    Object o = outcomes.get(name);
    if (o instanceof Outcome outcome) {
      return outcome;
    }
    if (o instanceof Exception e) {
      throw e;
    }
    throw new IllegalStateException("no outcome");
  }

  private Map<String, List<ActivationEntry>> activationsByVersion() {
    Map<String, List<ActivationEntry>> byVersion = new HashMap<>();
    List<StoredActivation> all = new ArrayList<>(activations.history());
    java.util.Collections.reverse(all);
    all.forEach(
        a ->
            byVersion
                .computeIfAbsent(a.version(), v -> new ArrayList<>())
                .add(ActivationEntry.of(a)));
    return byVersion;
  }

  private static VersionEntry entry(
      StoredVersion v,
      String status,
      Map<String, List<ActivationEntry>> activations,
      String current) {
    return new VersionEntry(
        v.version(),
        v.createdAt().toString(),
        v.createdBy(),
        v.parent(),
        v.origin() == null ? StoredVersion.DIRECTORY : v.origin(),
        status == null ? VersionEntry.UNCHECKED : status,
        v.version().equals(current),
        activations.getOrDefault(v.version(), List.of()));
  }
}

package scot.qiassist.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;
import scot.qiassist.rules.RuleSet;

/**
 * Evaluates the same evidence under two rule sets and reports what changes. The evidence is read
 * again under each rule set, since each has its own measures and phrases.
 */
public final class Impact {

  private Impact() {}

  /** Over evidence files; a file that cannot be read is reported as such. */
  public static ImpactReport of(RuleSet from, RuleSet to, List<Path> evidence) {
    List<ImpactReport.FileImpact> files = new ArrayList<>();
    Outcomes before = new Outcomes(from);
    Outcomes after = new Outcomes(to);
    for (Path file : evidence) {
      try {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        files.add(impact(new NamedEvidence(file.toString(), json), before, after));
      } catch (IOException e) {
        files.add(
            new ImpactReport.FileImpact(
                file.toString(), null, "could not be read: " + e.getMessage()));
      }
    }
    return new ImpactReport(from.version(), to.version(), files);
  }

  /** Over named evidence, such as the evidence of stored evaluations. */
  public static ImpactReport ofEvidence(RuleSet from, RuleSet to, List<NamedEvidence> evidence) {
    return ofEvidence(from, to, evidence, (done, total) -> {});
  }

  /**
   * The same, on every core (each evaluation has a session of its own), telling {@code progress}
   * how many of the evidence files are weighed so far; the report keeps the order of the evidence.
   */
  public static ImpactReport ofEvidence(
      RuleSet from, RuleSet to, List<NamedEvidence> evidence, Progress progress) {
    Outcomes before = new Outcomes(from);
    Outcomes after = new Outcomes(to);
    AtomicInteger done = new AtomicInteger();
    int total = evidence.size();
    return new ImpactReport(
        from.version(),
        to.version(),
        evidence.parallelStream()
            .map(
                e -> {
                  ImpactReport.FileImpact impact = impact(e, before, after);
                  progress.weighed(done.incrementAndGet(), total);
                  return impact;
                })
            .toList());
  }

  /** Told as each evidence file is weighed under both rule sets; from any thread. */
  @FunctionalInterface
  public interface Progress {
    void weighed(int done, int total);
  }

  /**
   * Over named evidence whose outcomes under the new rules were found elsewhere (in the child
   * process that ran a candidate): each name's outcome, or the problem that kept it from one.
   */
  public static ImpactReport against(
      RuleSet from,
      String toVersion,
      List<NamedEvidence> evidence,
      java.util.Map<String, Outcome> after,
      java.util.Map<String, String> afterProblems) {
    Outcomes before = new Outcomes(from);
    List<ImpactReport.FileImpact> files = new ArrayList<>();
    for (NamedEvidence e : evidence) {
      Outcome old;
      try {
        old = before.of(e.json());
      } catch (InvalidEvidenceException ex) {
        files.add(
            new ImpactReport.FileImpact(e.name(), null, "under the old rules: " + ex.getMessage()));
        continue;
      }
      Outcome now = after.get(e.name());
      files.add(
          now == null
              ? new ImpactReport.FileImpact(
                  e.name(),
                  null,
                  "under the new rules: " + afterProblems.getOrDefault(e.name(), "no outcome"))
              : new ImpactReport.FileImpact(e.name(), OutcomeDifference.between(old, now), null));
    }
    return new ImpactReport(from.version(), toVersion, files);
  }

  private static ImpactReport.FileImpact impact(
      NamedEvidence evidence, Outcomes before, Outcomes after) {
    EvidenceDocument read;
    Outcome old;
    try {
      read = before.read(evidence.json());
      old = before.of(read);
    } catch (InvalidEvidenceException e) {
      return new ImpactReport.FileImpact(
          evidence.name(), null, "under the old rules: " + e.getMessage());
    }
    try {
      EvidenceDocument readNow = after.readsAs(before) ? read : after.read(evidence.json());
      return new ImpactReport.FileImpact(
          evidence.name(), OutcomeDifference.between(old, after.of(readNow)), null);
    } catch (InvalidEvidenceException e) {
      return new ImpactReport.FileImpact(
          evidence.name(), null, "under the new rules: " + e.getMessage());
    }
  }

  /**
   * The outcome of evidence under one rule set: its decision alone, made without writing the
   * explanations of a full result, since impact compares decisions only.
   */
  private static final class Outcomes {
    private final RuleSet rules;
    private final Evaluator evaluator;
    private final EvidenceReader reader;

    Outcomes(RuleSet rules) {
      this.rules = rules;
      this.evaluator = new Evaluator(rules);
      this.reader = new EvidenceReader(rules.measures(), rules.phrases());
    }

    /**
     * Whether a document read under the other rule set is read as this one would read it, so that
     * each document is read once for both.
     */
    boolean readsAs(Outcomes other) {
      return rules.readsEvidenceAs(other.rules);
    }

    EvidenceDocument read(String json) throws InvalidEvidenceException {
      return reader.read(json);
    }

    Outcome of(EvidenceDocument evidence) {
      return Outcome.of(evaluator.decided(evidence));
    }

    Outcome of(String json) throws InvalidEvidenceException {
      return of(read(json));
    }
  }
}

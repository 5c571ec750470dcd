package scot.qiassist;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Samples;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.Grade;

/** Evidence written in a test, and its evaluation under the repository's rules. */
public final class Evidence {

  private final List<EvidenceItem> items = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private Grade draft;

  public static Evidence of() {
    return new Evidence();
  }

  public Evidence phrase(String measure, String phrase) {
    items.add(EvidenceItem.phrase(measure, phrase));
    return this;
  }

  public Evidence counted(String measure, int count, int of) {
    items.add(EvidenceItem.counted(measure, count, of));
    return this;
  }

  public Evidence percent(String measure, double percent) {
    items.add(EvidenceItem.percent(measure, percent));
    return this;
  }

  public Evidence strength(int statement, Weight weight, Aspect aspect, String text) {
    findings.add(new Finding(statement, Kind.STRENGTH, weight, text, aspect, false));
    return this;
  }

  public Evidence area(int statement, Weight weight, String text) {
    findings.add(new Finding(statement, Kind.AREA_FOR_IMPROVEMENT, weight, text, null, false));
    return this;
  }

  public Evidence finding(Finding finding) {
    findings.add(finding);
    return this;
  }

  public Evidence draft(Grade grade) {
    this.draft = grade;
    return this;
  }

  public EvidenceDocument document() {
    return new EvidenceDocument("Test partnership", null, draft, Samples.NONE, items, findings);
  }

  public Evaluation evaluate() {
    return RepositoryRules.evaluator().evaluate(document());
  }

  /** The judgements that one rule concluded. */
  public static List<Judgement> by(Evaluation result, String ruleId) {
    return result.judgements().stream().filter(j -> j.ruleId().equals(ruleId)).toList();
  }

  /** The ids of every rule that fired, in firing order, without repeats. */
  public static List<String> fired(Evaluation result) {
    return result.firedRules().stream().map(f -> f.ruleId()).distinct().toList();
  }
}

package scot.qiassist.evidence;

import java.util.List;
import scot.qiassist.grade.Grade;

/**
 * The evidence of one inspection: the partnership, its samples, its figures and the inspectors'
 * findings, with the draft grade the inspectors are testing, if any.
 */
public record EvidenceDocument(
    String partnership,
    InspectionPeriod period,
    Grade draftGrade,
    Samples samples,
    List<EvidenceItem> evidence,
    List<Finding> findings) {

  public EvidenceDocument {
    if (partnership == null || partnership.isBlank()) {
      throw new IllegalArgumentException("evidence needs the partnership it is about");
    }
    samples = samples == null ? Samples.NONE : samples;
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
    findings = List.copyOf(findings == null ? List.of() : findings);
  }

  public EvidenceDocument withEvidence(List<EvidenceItem> changed) {
    return new EvidenceDocument(partnership, period, draftGrade, samples, changed, findings);
  }

  public EvidenceDocument withFindings(List<Finding> changed) {
    return new EvidenceDocument(partnership, period, draftGrade, samples, evidence, changed);
  }
}

package scot.qiassist.pages;

import java.time.Instant;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredEvaluation;

/**
 * What a moderation report is about: an evaluation, and when it is a stored one, its id, who
 * posted it and when, and the panel's decisions.
 *
 * @param id the stored evaluation's id, or null for evidence evaluated from a file
 * @param result the evaluation
 * @param author who posted it, or null
 * @param createdAt when it was stored, or null
 * @param decisions the panel's decisions, oldest first
 * @param currentGrade the grade of the latest decision, else the grade the rules gave
 */
public record ReportSubject(
    String id, Evaluation result, String author, Instant createdAt, List<RecordedDecision> decisions, GradeView currentGrade) {

  public ReportSubject {
    if (result == null) {
      throw new IllegalArgumentException("result: required");
    }
    decisions = List.copyOf(decisions == null ? List.of() : decisions);
    currentGrade = currentGrade == null ? result.grade() : currentGrade;
  }

  public static ReportSubject of(StoredEvaluation stored) {
    return new ReportSubject(
        stored.id(), stored.result(), stored.author(), stored.createdAt(), stored.decisions(), stored.currentGrade());
  }

  /** An evaluation that is not stored: evidence evaluated from a file. */
  public static ReportSubject unstored(Evaluation result) {
    return new ReportSubject(null, result, null, null, List.of(), result.grade());
  }

  public boolean stored() {
    return id != null;
  }
}

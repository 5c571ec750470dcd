package scot.qiassist.evaluation;

import java.util.List;
import scot.qiassist.grade.DraftComparison;
import scot.qiassist.grade.GradeCriteria;

/**
 * The result of evaluating one inspection's evidence: the grade and why, the key messages and every
 * other judgement, every rule that fired, and the warnings. The JSON form of this record is the
 * contract of the service and of {@code evaluate --format json}.
 *
 * <p>Evidence that does not bear on enough of the inspection is not graded: {@code grade} is null
 * and {@code insufficient} names each gap and what would fill it.
 */
public record Evaluation(
    String partnership,
    GradeView grade,
    GradeReasons why,
    List<Insufficient> insufficient,
    List<Judgement> keyMessages,
    List<Judgement> judgements,
    BalanceView balance,
    List<ReadingView> readings,
    List<FiredRule> firedRules,
    List<GradeCriteria> gradeCriteria,
    List<Warning> warnings,
    DraftComparison draftGrade,
    String rulesetVersion) {

  /** The grade as a value and a label: {"value": 5, "label": "Very good"}. */
  public record GradeView(int value, String label) {}

  /** Whether the evidence was enough to grade. */
  public boolean graded() {
    return grade != null;
  }

  /** The grade's label, or "Not graded". */
  public String gradeLabel() {
    return grade == null ? NOT_GRADED : grade.label();
  }

  /** What results say in place of a grade when the evidence is not enough to grade. */
  public static final String NOT_GRADED = "Not graded";

  /** Why the grade is not one higher, and what keeps it above the grade below. */
  public record GradeReasons(
      String summary,
      List<scot.qiassist.grade.CriterionResult> notHigher,
      List<scot.qiassist.grade.CriterionResult> notLower) {}

  /** The counts and points the grade criteria compared. */
  public record BalanceView(
      int majorStrengths,
      int importantStrengths,
      int minorStrengths,
      int majorAreas,
      int importantAreas,
      int minorAreas,
      int strengthPoints,
      int areaPoints,
      int statementsWithMajorStrength,
      int aspectsWithStrength,
      int recordAreas,
      int outstandingStrengths,
      String summary) {

    static BalanceView of(Balance b) {
      return new BalanceView(
          b.majorStrengths(),
          b.importantStrengths(),
          b.minorStrengths(),
          b.majorAreas(),
          b.importantAreas(),
          b.minorAreas(),
          b.strengthPoints(),
          b.areaPoints(),
          b.statementsWithMajorStrength(),
          b.aspectsWithStrength(),
          b.recordAreas(),
          b.outstandingStrengths(),
          b.toString());
    }
  }
}

package scot.qiassist.evaluation;

import java.util.List;
import scot.qiassist.grade.DraftComparison;
import scot.qiassist.grade.GradeCriteria;

/**
 * The result of evaluating one inspection's evidence: the grade and why, the key messages and every
 * other judgement, every rule that fired, and the warnings. The JSON form of this record is the
 * contract of the service and of {@code evaluate --format json}.
 */
public record Evaluation(
    String partnership,
    GradeView grade,
    GradeReasons why,
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
          b.toString());
    }
  }
}

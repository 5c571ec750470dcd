package scot.qiassist.grade;

import java.util.List;

/**
 * The inspectors' draft grade set beside the grade the evidence supports.
 *
 * @param value the draft grade's value
 * @param label the draft grade's label
 * @param verdict "agree" or "differ"
 * @param explanation why, in a sentence
 * @param reasons the criteria that separate the two grades
 */
public record DraftComparison(
    int value, String label, String verdict, String explanation, List<CriterionResult> reasons) {

  public DraftComparison {
    reasons = List.copyOf(reasons);
  }
}

package scot.qiassist.grade;

import java.util.List;

/** The criteria of one grade, split into those the evidence meets and those it does not. */
public record GradeCriteria(
    int grade, String label, List<CriterionResult> met, List<CriterionResult> unmet) {

  public GradeCriteria {
    met = List.copyOf(met);
    unmet = List.copyOf(unmet);
  }

  public boolean allMet() {
    return unmet.isEmpty();
  }
}

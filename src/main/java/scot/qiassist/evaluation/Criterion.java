package scot.qiassist.evaluation;

/**
 * Whether one criterion of a grade holds for this evidence. The criterion's wording is the name of
 * the rule that inserted it; the engine records that rule.
 *
 * @param grade the grade (2-6) the criterion belongs to
 * @param met whether the evidence meets it
 */
public record Criterion(int grade, boolean met) {

  public Criterion {
    if (grade < 2 || grade > 6) {
      throw new IllegalArgumentException(
          "criteria belong to grades 2 to 6 (Unsatisfactory has none), not " + grade);
    }
  }
}

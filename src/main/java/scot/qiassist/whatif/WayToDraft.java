package scot.qiassist.whatif;

import java.util.List;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.grade.CriterionResult;

/**
 * One of the smallest sets of changes of the evidence that would give the draft grade.
 *
 * @param changes the changes, each with the grade it would give alone
 * @param grade the grade the changes give together: the draft's
 * @param meets the criteria of the grades up to the draft that the changes make hold (towards a
 *     higher draft)
 * @param fails the criteria of the grades above the draft that the changes make fail (towards a
 *     lower draft)
 * @param sentence the set in words: "if there were one more major strength in statement 3, the
 *     grade would be Very good: Very good needs major strengths in more than one statement would
 *     hold"
 */
public record WayToDraft(
    List<GradeChange> changes,
    GradeView grade,
    List<CriterionResult> meets,
    List<CriterionResult> fails,
    String sentence) {

  public WayToDraft {
    changes = List.copyOf(changes);
    meets = List.copyOf(meets);
    fails = List.copyOf(fails);
  }
}

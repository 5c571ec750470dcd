package scot.qiassist.whatif;

import java.util.List;
import scot.qiassist.evaluation.Evaluation.GradeView;

/**
 * What the grade becomes under every one-step change of the evidence: the changes that move it,
 * nearest first, and the draft grade tested against them.
 *
 * @param partnership the partnership the evidence is about
 * @param grade the grade of the evidence as it stands
 * @param variationsTried how many one-step changes were evaluated
 * @param changes the changes that would move the grade, nearest first
 * @param draftGrade the draft grade tested, or null when the evidence gives none
 * @param rulesetVersion the version of the rule set every evaluation used
 */
public record WhatIf(
    String partnership,
    GradeView grade,
    int variationsTried,
    List<GradeChange> changes,
    DraftCheck draftGrade,
    String rulesetVersion) {

  public WhatIf {
    changes = List.copyOf(changes);
  }
}

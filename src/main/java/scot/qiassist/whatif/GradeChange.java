package scot.qiassist.whatif;

import scot.qiassist.evaluation.Evaluation.GradeView;

/**
 * A one-step change of the evidence that would move the grade, in plain words.
 *
 * @param evidence where the entry is in the evidence file: "evidence[31]" or "findings[2]"
 * @param measure the figure's measure, or null for a finding
 * @param move "up" or "down" (one band) for a figure, "dropped" for a finding
 * @param from the figure's standard word now, or null for a finding
 * @param to the standard word it would move to, or null for a finding
 * @param figures the figure or finding as the evidence gives it
 * @param distance percentage points between the figure's range and the band edge it would cross;
 *     null for a finding
 * @param better whether the change makes the evidence better (a figure moving the way its measure
 *     is good, or an area for improvement dropped)
 * @param grade the grade the changed evidence would get
 * @param sentence the change in words: "if ... were less than half instead of the majority, the
 *     grade would be Excellent"
 */
public record GradeChange(
    String evidence,
    String measure,
    String move,
    String from,
    String to,
    String figures,
    Integer distance,
    boolean better,
    GradeView grade,
    String sentence) {

  static GradeChange of(Variant v, GradeView grade) {
    return new GradeChange(
        v.evidence(),
        v.measure(),
        v.move(),
        v.from(),
        v.to(),
        v.figures(),
        v.distance(),
        v.better(),
        grade,
        "if " + v.words() + ", the grade would be " + grade.label());
  }
}

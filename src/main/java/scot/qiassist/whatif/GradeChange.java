package scot.qiassist.whatif;

import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evidence.Finding;

/**
 * A change of the evidence and the grade it would give, in plain words.
 *
 * @param evidence where the entry is in the evidence file: "evidence[31]" or "findings[2]", or
 *     "findings[+]" for a finding added
 * @param measure the figure's measure, or null for a finding
 * @param move "up" or "down" (one band) for a figure; "weight-up", "weight-down" (one step),
 *     "outstanding" or "dropped" for a finding; "added" for a finding the evidence does not have
 * @param from the figure's standard word or the finding's weight now, or null
 * @param to the standard word or weight it would move to, or null
 * @param figures the figure or finding as the evidence gives it
 * @param distance percentage points between the figure's range and the band edge it would cross;
 *     null for a finding
 * @param better whether the change makes the evidence better (a figure moving the way its measure
 *     is good, a strength heavier, outstanding or added, an area for improvement lighter or
 *     dropped)
 * @param grade the grade the changed evidence would get
 * @param sentence the change in words: "if ... were less than half instead of the majority, the
 *     grade would be Excellent"
 * @param added the finding added, for a move "added"; null otherwise
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
    String sentence,
    AddedFinding added) {

  /** A finding the evidence does not have, as a form would take it. */
  public record AddedFinding(
      int statement, String kind, String weight, String aspect, boolean outstanding) {
    static AddedFinding of(Finding f) {
      return f == null
          ? null
          : new AddedFinding(
              f.statement(),
              f.kind().id(),
              f.weight().id(),
              f.aspect() == null ? null : f.aspect().id(),
              f.outstanding());
    }
  }

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
        "if " + v.words() + ", the grade would be " + grade.label(),
        AddedFinding.of(v.added()));
  }
}

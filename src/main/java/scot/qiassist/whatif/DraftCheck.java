package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.grade.Grade;

/**
 * The inspectors' draft grade tested against one-step changes of the evidence.
 *
 * <p>Each change that moves the grade is weighed by how far its grade lies from the draft, against
 * how far the evaluated grade lies from it. An entry of the evidence <em>stands against</em> the
 * draft when one of its changes would bring the grade nearer the draft (or reach it): as it stands,
 * the entry is part of why the grade is not the draft. An entry <em>supports</em> the draft when it
 * does not stand against it and one of its changes would take the grade further from the draft: as
 * it stands, the entry holds the grade as near the draft as it is. So when the evidence agrees with
 * the draft, every entry whose change would move the grade supports it, and none stands against it.
 * Each list gives the changes that put their entry there, nearest first.
 *
 * @param value the draft grade's value
 * @param label the draft grade's label
 * @param verdict "agree" when the evidence supports the draft, else "differ"
 * @param explanation the verdict and the two lists in a sentence or two
 * @param supports the changes of the entries that support the draft
 * @param standsAgainst the changes of the entries that stand against it
 * @param toReach when the evidence gives another grade, the smallest sets of changes that would
 *     give the draft, nearest first (at most {@value DraftSearch#MOST_LISTED}, of at most {@value
 *     DraftSearch#MOST_CHANGES} changes each); empty when it agrees or no such set was found
 * @param toReachSummary what {@code toReach} holds, in a sentence
 */
public record DraftCheck(
    int value,
    String label,
    String verdict,
    String explanation,
    List<GradeChange> supports,
    List<GradeChange> standsAgainst,
    List<WayToDraft> toReach,
    String toReachSummary) {

  public DraftCheck {
    supports = List.copyOf(supports);
    standsAgainst = List.copyOf(standsAgainst);
    toReach = List.copyOf(toReach);
  }

  /** Sorts the changes (already nearest first) into support and opposition for the draft. */
  static DraftCheck of(
      Grade draft, Grade evaluated, List<GradeChange> changes, List<WayToDraft> toReach) {
    int now = Math.abs(evaluated.value() - draft.value());
    List<String> against =
        changes.stream()
            .filter(c -> Math.abs(c.grade().value() - draft.value()) < now)
            .map(GradeChange::evidence)
            .toList();
    List<GradeChange> standsAgainst = new ArrayList<>();
    List<GradeChange> supports = new ArrayList<>();
    for (GradeChange c : changes) {
      int then = Math.abs(c.grade().value() - draft.value());
      if (then < now) {
        standsAgainst.add(c);
      } else if (then > now && !against.contains(c.evidence())) {
        supports.add(c);
      }
    }
    return new DraftCheck(
        draft.value(),
        draft.label(),
        draft == evaluated ? "agree" : "differ",
        explanation(draft, evaluated, supports.size(), standsAgainst.size()),
        supports,
        standsAgainst,
        toReach,
        summary(draft, evaluated, toReach));
  }

  private static String summary(Grade draft, Grade evaluated, List<WayToDraft> toReach) {
    if (draft == evaluated) {
      return "The evidence gives the draft grade; there is nothing to reach.";
    }
    if (toReach.isEmpty()) {
      return "No set of up to "
          + DraftSearch.MOST_CHANGES
          + " changes of the evidence (a figure one band, a finding's weight one step, a finding"
          + " judged outstanding, dropped or added) gives "
          + draft.label()
          + ".";
    }
    int size = toReach.get(0).changes().size();
    return toReach.size()
        + (toReach.size() == 1 ? " way" : " ways")
        + " to reach "
        + draft.label()
        + " with "
        + (size == 1 ? "one change" : size + " changes")
        + ", the least any set needs; nearest first.";
  }

  private static String explanation(Grade draft, Grade evaluated, int supports, int against) {
    String lists =
        supports
            + (supports == 1 ? " change" : " changes")
            + " of the evidence would take the grade further from "
            + draft.label()
            + "; "
            + against
            + (against == 1 ? " change" : " changes")
            + " would bring it nearer.";
    if (draft == evaluated) {
      return "The evidence supports the draft grade, " + draft.label() + ". " + lists;
    }
    return "The draft grade "
        + draft.label()
        + " is "
        + (draft.value() > evaluated.value() ? "higher" : "lower")
        + " than the evidence supports ("
        + evaluated.label()
        + "). "
        + lists;
  }
}

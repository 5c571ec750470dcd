package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.RecordedDecision;

/**
 * The panel's decisions on an evaluation, oldest first, each as it was recorded (template {@code
 * panels/decision-history.jte}).
 */
public final class DecisionHistory {

  private DecisionHistory() {}

  /**
   * The decisions.
   *
   * @param heading "Decisions (2)"
   * @param none the sentence shown when there is no decision yet, else null
   */
  public record View(String heading, String none, List<Entry> decisions) {}

  /** A decision: what it decided, by whom and when, why, and its comments on key messages. */
  public record Entry(
      String id, String heading, String byline, String reason, List<DecisionComment> comments) {}

  static View view(List<RecordedDecision> decisions, String evaluatedGrade) {
    return new View(
        "Decisions (" + decisions.size() + ")",
        decisions.isEmpty()
            ? "No decision yet: the grade is the one the rules gave, " + evaluatedGrade + "."
            : null,
        decisions.stream().map(DecisionHistory::entry).toList());
  }

  private static Entry entry(RecordedDecision d) {
    return new Entry(
        "decision-" + d.sequence(),
        "Decision "
            + d.sequence()
            + ": "
            + (d.adjusts() ? "adjusted to " : "agreed ")
            + d.gradeLabel()
            + " ("
            + d.grade()
            + ")",
        "by " + d.moderator() + ", " + EvaluationListPage.WHEN.format(d.decidedAt()),
        d.reason(),
        d.comments());
  }
}

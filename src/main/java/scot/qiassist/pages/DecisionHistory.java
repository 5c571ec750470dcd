package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.RecordedDecision;

/** The panel's decisions on an evaluation, oldest first, each as it was recorded. */
final class DecisionHistory {

  private DecisionHistory() {}

  static void write(Html h, List<RecordedDecision> decisions, String evaluatedGrade) {
    h.element(
        "h2",
        "Decisions (" + decisions.size() + ")",
        "class",
        "govuk-heading-l",
        "id",
        "decisions");
    if (decisions.isEmpty()) {
      h.element(
          "p",
          "No decision yet: the grade is the one the rules gave, " + evaluatedGrade + ".",
          "class",
          "govuk-body");
      return;
    }
    h.element(
        "p",
        "Oldest first. Decisions are never changed or removed; the latest sets the current grade.",
        "class",
        "govuk-body");
    h.markup("<ol class=\"govuk-list qi-history\">\n");
    for (RecordedDecision d : decisions) {
      h.open("li", "class", "qi-history__decision", "id", "decision-" + d.sequence())
          .open("h3", "class", "govuk-heading-s")
          .text(
              "Decision "
                  + d.sequence()
                  + ": "
                  + (d.adjusts() ? "adjusted to " : "agreed ")
                  + d.gradeLabel()
                  + " ("
                  + d.grade()
                  + ")")
          .close("h3")
          .element(
              "p",
              "by " + d.moderator() + ", " + EvaluationListPage.WHEN.format(d.decidedAt()),
              "class",
              "govuk-body-s");
      if (d.reason() != null) {
        h.element("p", d.reason(), "class", "govuk-body qi-history__reason");
      }
      comments(h, d.comments());
      h.markup("</li>\n");
    }
    h.markup("</ol>\n");
  }

  private static void comments(Html h, List<DecisionComment> comments) {
    if (comments.isEmpty()) {
      return;
    }
    h.markup("<ul class=\"govuk-list govuk-list--bullet qi-history__comments\">");
    for (DecisionComment c : comments) {
      h.markup("<li>On &ldquo;")
          .text(c.keyMessage())
          .markup("&rdquo;: ")
          .text(c.text())
          .markup("</li>");
    }
    h.markup("</ul>\n");
  }
}

package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.grade.CriterionResult;

/** The grade with why it is not higher and what keeps it above the grade below; the draft grade. */
final class GradeSection {

  private GradeSection() {}

  static void write(Html h, Evaluation e) {
    if (!e.graded()) {
      h.element("h2", Evaluation.NOT_GRADED, "class", "govuk-heading-l", "id", "why");
      h.element("p", e.why().summary(), "class", "govuk-body");
      h.element(
          "h3", "What the evidence lacks, and what would fill it", "class", "govuk-heading-s");
      h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
      e.insufficient()
          .forEach(
              g ->
                  h.markup("<li>")
                      .text(g.missing() + " To fill it: " + g.toFill())
                      .markup("</li>"));
      h.markup("</ul>\n");
      draft(h, e);
      return;
    }
    h.element("h2", "Why " + e.grade().label(), "class", "govuk-heading-l", "id", "why");
    h.element("p", e.why().summary(), "class", "govuk-body");
    criteria(
        h,
        "Not higher, because these criteria of the grade above do not hold",
        e.why().notHigher());
    if (e.why().notLower().isEmpty()) {
      h.element(
          "p",
          "Unsatisfactory is the lowest grade: the criteria of Weak do not all hold.",
          "class",
          "govuk-body");
    } else {
      criteria(
          h,
          "Not lower, because every criterion of " + e.grade().label() + " holds",
          e.why().notLower());
    }
    draft(h, e);
  }

  private static void criteria(Html h, String heading, List<CriterionResult> criteria) {
    if (criteria.isEmpty()) {
      return;
    }
    h.element("h3", heading, "class", "govuk-heading-s");
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    for (CriterionResult c : criteria) {
      h.element("li", c.explanation());
    }
    h.markup("</ul>\n");
  }

  /**
   * For "How the rules decided": each criterion the grade rests on, by its rule's name, with the
   * rule's id, file and line.
   */
  static void rules(Html h, Evaluation e) {
    List<CriterionResult> all = new java.util.ArrayList<>();
    if (e.graded()) {
      all.addAll(e.why().notHigher());
      all.addAll(e.why().notLower());
    }
    if (e.draftGrade() != null) {
      e.draftGrade().reasons().stream().filter(r -> !all.contains(r)).forEach(all::add);
    }
    if (all.isEmpty()) {
      return;
    }
    h.element("h3", "The grade", "class", "govuk-heading-s");
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    for (CriterionResult c : all) {
      h.markup("<li>").text(c.text() + (c.met() ? ": holds" : ": does not hold") + " ");
      rule(h, c.ruleId(), c.file(), c.line());
      h.markup("</li>");
    }
    h.markup("</ul>\n");
  }

  private static void draft(Html h, Evaluation e) {
    if (e.draftGrade() == null) {
      return;
    }
    var d = e.draftGrade();
    h.element(
        "h3",
        "The inspectors' draft grade: " + d.label() + " (" + d.verdict() + ")",
        "class",
        "govuk-heading-m");
    h.element("p", d.explanation(), "class", "govuk-body");
    if (!"agree".equals(d.verdict())) {
      criteria(h, "What separates the two grades", d.reasons());
    }
  }

  /** A rule's id, file and line, as every section cites them. */
  static void rule(Html h, String id, String file, int line) {
    h.open("span", "class", "qi-rule")
        .text("[" + id + ", " + file + " line " + line + "]")
        .close("span");
  }
}

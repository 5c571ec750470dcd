package scot.qiassist.pages;

import java.util.List;
import java.util.Locale;
import scot.qiassist.moderation.ConsistencyReport;
import scot.qiassist.moderation.Neighbour;

/**
 * The page at {@code /evaluations/{id}/consistency}: the stored evaluations most alike one
 * evaluation, with their grades, flagging those alike yet graded differently.
 */
public final class ConsistencyPage {

  private ConsistencyPage() {}

  /**
   * The page.
   *
   * @param partnership the partnership of the evaluation the report is about
   */
  public static String render(PageContext context, ConsistencyReport report, String partnership) {
    return Layout.page(
        "Evaluations alike: " + partnership,
        context,
        false,
        h -> {
          h.element("span", "Consistency", "class", "govuk-caption-l")
              .element("h1", "Evaluations most alike " + partnership, "class", "govuk-heading-xl")
              .element(
                  "p",
                  "Its grade: "
                      + report.grade().label()
                      + " ("
                      + report.grade().value()
                      + "). Compared with "
                      + report.compared()
                      + (report.compared() == 1
                          ? " other stored evaluation"
                          : " other stored evaluations")
                      + ". Similarity runs from 0 to 1: the mean of how alike the figures are (the measures both give, and how near"
                      + " their shares) and how alike the findings are (strengths and areas for improvement by statement, kind"
                      + " and weight). At "
                      + number(report.threshold())
                      + " or more, two evaluations count as alike.",
                  "class",
                  "govuk-body");
          warning(h, report.inconsistent());
          table(h, report.nearest(), report.threshold());
          h.markup("<p class=\"govuk-body\">")
              .element(
                  "a",
                  "Back to the moderation report",
                  "class",
                  "govuk-link",
                  "href",
                  "/evaluations/" + Html.segment(report.evaluationId()))
              .markup("</p>\n");
        });
  }

  private static void warning(Html h, List<Neighbour> inconsistent) {
    if (inconsistent.isEmpty()) {
      return;
    }
    h.markup(
            "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
        .markup(
            "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>")
        .text(
            inconsistent.size()
                + (inconsistent.size() == 1 ? " alike evaluation was" : " alike evaluations were")
                + " graded differently: read them before deciding.")
        .markup("</strong></div>\n");
  }

  private static void table(Html h, List<Neighbour> nearest, double threshold) {
    if (nearest.isEmpty()) {
      h.element(
          "p", "There is no other stored evaluation to compare it with.", "class", "govuk-body");
      return;
    }
    h.markup(
            "<table class=\"govuk-table\" id=\"nearest\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Most alike first</caption>")
        .markup("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String heading :
        List.of(
            "Partnership",
            "Similarity",
            "Figures",
            "Findings",
            "Measures in common",
            "Grade",
            "Stored")) {
      h.element("th", heading, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
    for (Neighbour n : nearest) {
      h.markup("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
          .element(
              "a",
              n.partnership(),
              "class",
              "govuk-link",
              "href",
              "/evaluations/" + Html.segment(n.id()))
          .markup("</td>")
          .element(
              "td",
              number(n.similarity()) + (n.similarity() >= threshold ? " (alike)" : ""),
              "class",
              n.similarity() >= threshold ? "govuk-table__cell qi-alike" : "govuk-table__cell")
          .element("td", number(n.figures()), "class", "govuk-table__cell")
          .element("td", number(n.findings()), "class", "govuk-table__cell")
          .element("td", n.sharedMeasures(), "class", "govuk-table__cell")
          .open("td", "class", "govuk-table__cell")
          .text(
              n.grade().label()
                  + " ("
                  + n.grade().value()
                  + ")"
                  + (n.moderated() ? ", as the panel decided" : ", as the rules gave it"));
      if (n.differentGrade()) {
        h.markup(
            " <strong class=\"govuk-tag govuk-tag--orange\">Alike, graded differently</strong>");
      }
      h.markup("</td>")
          .element(
              "td", EvaluationListPage.WHEN.format(n.createdAt()), "class", "govuk-table__cell")
          .markup("</tr>\n");
    }
    h.markup("</tbody></table>\n");
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}

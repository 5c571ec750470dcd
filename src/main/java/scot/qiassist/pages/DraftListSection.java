package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.DraftSummary;

/**
 * An inspector's evidence drafts, the most recently saved first, with the way to start another: on
 * the home page and at {@code /evidence}.
 */
public final class DraftListSection {

  private DraftListSection() {}

  /** The page at {@code /evidence}. */
  public static String page(PageContext context, List<DraftSummary> drafts) {
    return Layout.page(
        "Evidence drafts",
        context,
        false,
        h -> {
          h.element("h1", "Evidence drafts", "class", "govuk-heading-xl");
          h.element(
              "p",
              "Write the evidence of an inspection here instead of by hand in JSON: its figures and findings, statement by statement, with the grade they give beside the form. Each change is saved as you go.",
              "class",
              "govuk-body");
          write(h, drafts, "h2");
        });
  }

  /** The drafts and the button to start one, under a heading of the given level. */
  static void write(Html h, List<DraftSummary> drafts, String heading) {
    h.element(heading, "Your evidence drafts", "class", "govuk-heading-l", "id", "drafts");
    h.element(
        "a",
        "Start an evaluation",
        "class",
        "govuk-button",
        "href",
        EvidencePaths.NEW,
        "role",
        "button",
        "draggable",
        "false");
    if (drafts.isEmpty()) {
      h.element("p", "No drafts yet.", "class", "govuk-body");
      return;
    }
    h.markup(
        "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">Your evidence drafts, the most recently saved first</caption>");
    h.markup("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String column : List.of("Partnership", "Last saved", "Revision", "Panel")) {
      h.element("th", column, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (DraftSummary d : drafts) {
      h.markup("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
          .element(
              "a",
              d.partnership(),
              "class",
              "govuk-link",
              "href",
              EvidencePaths.of(EvidencePaths.DRAFT, d.id()))
          .markup("</td>")
          .element(
              "td", EvaluationListPage.WHEN.format(d.updatedAt()), "class", "govuk-table__cell")
          .element("td", String.valueOf(d.revision()), "class", "govuk-table__cell")
          .element("td", status(d), "class", "govuk-table__cell")
          .markup("</tr>");
    }
    h.markup("</tbody></table>\n");
  }

  private static String status(DraftSummary d) {
    if (d.submittedAs() == null) {
      return "Not submitted";
    }
    return d.submittedAsIs()
        ? "Submitted"
        : "Submitted revision " + d.submittedRevision() + "; changed since";
  }
}

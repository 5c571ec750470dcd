package scot.qiassist.pages;

import java.util.List;
import java.util.Optional;
import scot.qiassist.drafting.DraftFigure;
import scot.qiassist.drafting.DraftFinding;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;

/**
 * A draft's figures and findings as tables on its page: each figure with what it reads as, each
 * finding with its kind and weight, and the links to change and the buttons to remove each.
 */
final class DraftTables {

  private DraftTables() {}

  static void figures(
      Html h,
      PageContext context,
      String id,
      List<DraftFigure> figures,
      MeasureCatalogue catalogue,
      PanelState panel,
      String caption) {
    if (figures.isEmpty()) {
      h.element("p", "No figures yet.", "class", "govuk-body");
      return;
    }
    h.markup(
            "<table class=\"govuk-table qi-draft-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">")
        .text(caption)
        .markup("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String heading : List.of("Measure", "Figure", "Reads as", "Actions")) {
      h.element("th", heading, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (DraftFigure f : figures) {
      Optional<Measure> measure = catalogue.find(String.valueOf(f.measure()));
      h.open("tr", "class", "govuk-table__row", "id", "figure-" + f.id())
          .open("td", "class", "govuk-table__cell")
          .text(
              measure
                  .map(m -> FigureFormPage.capitalised(m.counted()))
                  .orElse(String.valueOf(f.measure())))
          .element("span", " (" + f.measure() + ")", "class", "govuk-body-s qi-measure-id")
          .close("td")
          .element("td", figure(f), "class", "govuk-table__cell")
          .element("td", readsAs(panel.reading(f.measure())), "class", "govuk-table__cell");
      actions(
          h,
          context,
          EvidencePaths.of(EvidencePaths.FIGURE, id, f.id()),
          EvidencePaths.of(EvidencePaths.REMOVE_FIGURE, id, f.id()),
          "figure " + f.id());
      h.markup("</tr>");
    }
    h.markup("</tbody></table>\n");
  }

  static String figure(DraftFigure f) {
    if (f.count() != null || f.of() != null) {
      return f.count() + " of " + f.of();
    }
    if (f.percent() != null) {
      return f.percent().endsWith("%") ? f.percent() : f.percent() + "%";
    }
    return "'" + f.phrase() + "'";
  }

  private static String readsAs(Optional<ReadingView> reading) {
    return reading
        .map(
            r ->
                r.word()
                    + " ("
                    + r.band()
                    + ")"
                    + (r.straddles()
                        ? "; the range reaches from " + r.lowestWord() + " to " + r.highestWord()
                        : ""))
        .orElse("Not read: see the problems");
  }

  static void findings(Html h, PageContext context, String id, List<DraftFinding> findings, int s) {
    if (findings.isEmpty()) {
      h.element("p", "No findings yet.", "class", "govuk-body");
      return;
    }
    h.markup(
            "<table class=\"govuk-table qi-draft-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">")
        .text("Findings of statement " + s)
        .markup("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String heading : List.of("Finding", "Kind and weight", "Actions")) {
      h.element("th", heading, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (DraftFinding f : findings) {
      h.open("tr", "class", "govuk-table__row", "id", "finding-" + f.id())
          .element("td", f.text(), "class", "govuk-table__cell")
          .open("td", "class", "govuk-table__cell");
      KeyMessagesSection.tag(h, String.valueOf(f.kind()), String.valueOf(f.weight()));
      if (f.keyMessage()) {
        h.element("span", " Key message.", "class", "govuk-body-s");
      }
      if (f.outstanding()) {
        h.element("span", " Outstanding.", "class", "govuk-body-s");
      }
      h.close("td");
      actions(
          h,
          context,
          EvidencePaths.of(EvidencePaths.FINDING, id, f.id()),
          EvidencePaths.of(EvidencePaths.REMOVE_FINDING, id, f.id()),
          "finding " + f.id());
      h.markup("</tr>");
    }
    h.markup("</tbody></table>\n");
  }

  private static void actions(
      Html h, PageContext context, String change, String remove, String what) {
    h.markup("<td class=\"govuk-table__cell qi-actions\">")
        .open("a", "class", "govuk-link", "href", change)
        .markup("Change<span class=\"govuk-visually-hidden\"> ")
        .text(what)
        .markup("</span></a> ")
        .open("form", "method", "post", "action", remove, "class", "qi-inline-form")
        .formToken(context.formToken())
        .markup(
            "<button type=\"submit\" class=\"govuk-button govuk-button--warning govuk-!-margin-bottom-0 qi-small-button\">Remove<span class=\"govuk-visually-hidden\"> ")
        .text(what)
        .markup("</span></button></form></td>");
  }
}

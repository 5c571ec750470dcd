package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.ReadingView;

/**
 * Figures as a table: measure, figures as given, the standard word and its band, the inspectors'
 * note.
 */
final class ReadingsTable {

  private ReadingsTable() {}

  static void write(Html h, List<ReadingView> readings, Map<String, String> notes) {
    h.markup(
        "<table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String heading :
        List.of("Measure", "Statement", "Figures", "Range", "Read as", "Inspectors' note")) {
      h.element("th", heading, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (ReadingView r : readings) {
      h.markup("<tr class=\"govuk-table__row\">")
          .element("td", r.measure(), "class", "govuk-table__cell qi-rule")
          .element("td", r.statement(), "class", "govuk-table__cell")
          .element("td", r.figures(), "class", "govuk-table__cell")
          .element(
              "td",
              r.low() == r.high() ? r.low() + "%" : r.low() + "% to " + r.high() + "%",
              "class",
              "govuk-table__cell")
          .element(
              "td",
              r.word()
                  + " ("
                  + r.band()
                  + ")"
                  + (r.straddles()
                      ? "; the range reaches from " + r.lowestWord() + " to " + r.highestWord()
                      : ""),
              "class",
              "govuk-table__cell")
          .element("td", notes.getOrDefault(r.measure(), ""), "class", "govuk-table__cell")
          .markup("</tr>");
    }
    h.markup("</tbody></table>\n");
  }
}

package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.MeasureSearch;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.PhraseReading;
import scot.qiassist.evidence.Measure;

/**
 * The form of one figure: a measure picked from the catalogue (searched by what it counts and where
 * its figures come from), then a count of a sample, a percentage, or the report's words, with the
 * accepted words suggested and what each reads as; and a note. The live panel beside it shows what
 * the figure does to the grade as it is typed.
 */
public final class FigureFormPage {

  private static final String PHRASES = "accepted-phrases";

  private FigureFormPage() {}

  /**
   * What the page shows.
   *
   * @param figure the figure's id, or 0 for a new one
   * @param statement the statement whose measures are offered, or null for every statement
   * @param query the words the measures were searched for, or null
   * @param measures the measures offered: those the search found
   * @param taken the measures other figures of the draft already give, by measure id: the figure's
   *     id
   * @param values the figure's values, as saved or as typed
   */
  public record Form(
      String draftId,
      String partnership,
      int figure,
      Integer statement,
      String query,
      List<Measure> measures,
      Map<String, Integer> taken,
      Map<String, String> values,
      List<FieldProblem> problems,
      List<PhraseReading> phrases) {}

  public static String render(PageContext context, Form form, PanelState panel) {
    String title =
        form.figure() == 0
            ? "Add a figure" + (form.statement() == null ? "" : " to statement " + form.statement())
            : "Change figure " + form.figure();
    FormFields fields = new FormFields("figure", form.values(), DraftFrame.errors(form.problems()));
    return DraftFrame.page(
        title,
        context,
        form.draftId(),
        form.problems(),
        panel,
        form.values().get(DraftForms.MEASURE),
        h -> {
          DraftFrame.caption(h, form.partnership());
          h.element("h1", title, "class", "govuk-heading-xl");
          search(h, form);
          String action =
              form.figure() == 0
                  ? EvidencePaths.of(EvidencePaths.FIGURES, form.draftId())
                  : EvidencePaths.of(EvidencePaths.FIGURE, form.draftId(), form.figure());
          DraftFrame.liveForm(h, action, context, DraftPart.figure(form.figure()));
          measures(h, form, fields);
          figure(h, fields, form.phrases());
          fields.textarea(
              h,
              DraftForms.NOTE,
              "Note (optional)",
              "The figure in the report's words, such as 'rated good or better in just under three-quarters of records read'. About services in aggregate: no names or details of children or families.",
              3);
          h.markup("<div class=\"govuk-button-group\">")
              .element("button", "Save the figure", "type", "submit", "class", "govuk-button")
              .element(
                  "a",
                  "Cancel",
                  "class",
                  "govuk-link",
                  "href",
                  EvidencePaths.of(EvidencePaths.DRAFT, form.draftId()))
              .markup("</div></form>\n");
          datalist(h, form.phrases());
        });
  }

  /** A search of its own (GET), before the form: a browser without script narrows the list. */
  private static void search(Html h, Form form) {
    String here =
        form.figure() == 0
            ? EvidencePaths.of(EvidencePaths.NEW_FIGURE, form.draftId())
            : EvidencePaths.of(EvidencePaths.FIGURE, form.draftId(), form.figure());
    h.open("form", "method", "get", "action", here, "class", "qi-measure-search", "role", "search")
        .element("h2", "Find the measure", "class", "govuk-heading-m")
        .markup("<div class=\"govuk-form-group\">")
        .element(
            "label",
            "Words to search for",
            "class",
            "govuk-label govuk-label--s",
            "for",
            "measure-search")
        .element(
            "div",
            "Words of what is counted or where the figures come from, such as staff survey or records read.",
            "class",
            "govuk-hint",
            "id",
            "measure-search-hint")
        .open(
            "input",
            "class",
            "govuk-input govuk-!-width-two-thirds",
            "id",
            "measure-search",
            "name",
            "q",
            "type",
            "search",
            "value",
            form.query(),
            "aria-describedby",
            "measure-search-hint",
            "aria-controls",
            "figure-measures")
        .markup("</div>\n<div class=\"govuk-form-group\">")
        .element("label", "In", "class", "govuk-label govuk-label--s", "for", "measure-statement")
        .open("select", "class", "govuk-select", "id", "measure-statement", "name", "statement")
        .element("option", "every statement", "value", "all");
    for (int s = 1; s <= 4; s++) {
      h.element(
          "option",
          "statement " + s,
          "value",
          String.valueOf(s),
          "selected",
          form.statement() != null && form.statement() == s ? "selected" : null);
    }
    h.markup("</select> ")
        .element(
            "button",
            "Search",
            "type",
            "submit",
            "class",
            "govuk-button govuk-button--secondary govuk-!-margin-bottom-0")
        .markup("</div></form>\n");
  }

  private static void measures(Html h, Form form, FormFields fields) {
    String chosen = fields.value(DraftForms.MEASURE);
    List<FormFields.Choice> choices =
        form.measures().stream()
            .map(
                m -> {
                  Integer other = form.taken().get(m.id());
                  boolean disabled =
                      other != null && other != form.figure() && !m.id().equals(chosen);
                  return new FormFields.Choice(
                      m.id(),
                      capitalised(m.counted()),
                      "Statement "
                          + m.statement()
                          + ", "
                          + m.source().sampleName()
                          + " ("
                          + m.id()
                          + ")"
                          + (disabled ? ": figure " + other + " gives it already" : ""),
                      disabled,
                      MeasureSearch.searchText(m));
                })
            .toList();
    h.markup("<div id=\"figure-measures\">");
    if (choices.isEmpty()) {
      h.element(
          "p",
          "No measure"
              + (form.statement() == null ? "" : " of statement " + form.statement())
              + " matches '"
              + form.query()
              + "'. Try other words, or clear the search to see them all.",
          "class",
          "govuk-body",
          "id",
          "figure-measure");
      if (chosen != null) {
        h.open("input", "type", "hidden", "name", DraftForms.MEASURE, "value", chosen);
      }
    } else {
      fields.radios(
          h,
          DraftForms.MEASURE,
          "Measure",
          form.measures().size()
              + (form.measures().size() == 1 ? " measure" : " measures")
              + (form.query() == null ? "" : " match '" + form.query() + "'")
              + ".",
          choices,
          true);
    }
    h.markup("</div>\n");
  }

  private static void figure(Html h, FormFields fields, List<PhraseReading> phrases) {
    h.markup(
            "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">The figure</legend>")
        .element(
            "div",
            "Give it one way only: a count of a sample, a percentage, or the report's words.",
            "class",
            "govuk-hint");
    h.markup("<div class=\"qi-count\">");
    fields.text(
        h, DraftForms.COUNT, "Count", "How many, such as 45.", "govuk-input--width-5", "numeric");
    fields.text(
        h, DraftForms.OF, "Of", "Out of how many, such as 60.", "govuk-input--width-5", "numeric");
    h.markup("</div>");
    fields.text(
        h,
        DraftForms.PERCENT,
        "Or a percentage",
        "From 0 to 100, such as 88.",
        "govuk-input--width-5",
        "decimal");
    fields.suggested(
        h,
        DraftForms.PHRASE,
        "Or the report's words",
        "A standard word such as most, or words such as just under three-quarters or eighty-eight percent.",
        PHRASES);
    accepted(h, phrases);
    h.markup("</fieldset>\n");
  }

  /** Every accepted word and what it reads as, for a browser that offers no suggestions. */
  private static void accepted(Html h, List<PhraseReading> phrases) {
    h.markup(
            "<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">The accepted words and what each reads as</span></summary>")
        .markup(
            "<div class=\"govuk-details__text\"><table class=\"govuk-table qi-phrases\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
        .markup(
            "<th scope=\"col\" class=\"govuk-table__header\">Words</th><th scope=\"col\" class=\"govuk-table__header\">Stand for</th><th scope=\"col\" class=\"govuk-table__header\">Read as</th></tr></thead><tbody class=\"govuk-table__body\">");
    for (PhraseReading p : phrases) {
      h.markup("<tr class=\"govuk-table__row\">")
          .element("td", p.words(), "class", "govuk-table__cell")
          .element("td", p.range().toString(), "class", "govuk-table__cell")
          .element(
              "td",
              p.band().word()
                  + " ("
                  + p.band().range()
                  + ")"
                  + (p.straddles() ? "; crosses a band boundary" : ""),
              "class",
              "govuk-table__cell")
          .markup("</tr>");
    }
    h.markup(
        "</tbody></table><p class=\"govuk-body-s\">A percentage in figures or words also counts, alone or after words such as just over or about: 88%, eighty-eight percent, just over 40%.</p></div></details>\n");
  }

  private static void datalist(Html h, List<PhraseReading> phrases) {
    h.open("datalist", "id", PHRASES);
    for (PhraseReading p : phrases) {
      h.open("option", "value", p.words(), "label", p.readsAs()).close("option");
    }
    h.close("datalist").newline();
  }

  static String capitalised(String text) {
    return text == null || text.isEmpty()
        ? ""
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

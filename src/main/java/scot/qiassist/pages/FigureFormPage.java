package scot.qiassist.pages;

import java.util.ArrayList;
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

  /**
   * What the page shows, worked out for its template ({@code drafting/figure.jte}).
   *
   * @param here where the measure search sends its words: this page
   * @param action where the form posts
   * @param choices the measures offered as radios, or empty when none matches
   * @param choicesHint the radios' hint: how many measures match
   * @param noMatch why no measure is offered, or null when some are
   * @param chosen the measure chosen, kept in a hidden field when none is offered, or null
   * @param phrases the accepted words, each with what it stands for and reads as
   */
  public record View(
      DraftFrame frame,
      String caption,
      String heading,
      String here,
      String query,
      List<Option> statements,
      String action,
      DraftPart part,
      FormFields fields,
      List<FormFields.Choice> choices,
      String choicesHint,
      String noMatch,
      String chosen,
      List<Phrase> phrases,
      String cancel) {}

  /** One option of the search's statements. */
  public record Option(String value, String label, boolean selected) {}

  /** One accepted word: the words, the range they stand for, what they read as in full. */
  public record Phrase(String words, String range, String band, String readsAs) {}

  public static String render(PageContext context, Form form, PanelState panel) {
    String title =
        form.figure() == 0
            ? "Add a figure" + (form.statement() == null ? "" : " to statement " + form.statement())
            : "Change figure " + form.figure();
    FormFields fields = new FormFields("figure", form.values(), DraftFrame.errors(form.problems()));
    List<FormFields.Choice> choices = choices(form, fields.value(DraftForms.MEASURE));
    return PageTemplates.render(
        "drafting/figure.jte",
        new View(
            DraftFrame.of(
                title,
                context,
                form.draftId(),
                form.problems(),
                panel,
                form.values().get(DraftForms.MEASURE)),
            DraftFrame.caption(form.partnership()),
            title,
            form.figure() == 0
                ? EvidencePaths.of(EvidencePaths.NEW_FIGURE, form.draftId())
                : EvidencePaths.of(EvidencePaths.FIGURE, form.draftId(), form.figure()),
            form.query(),
            statements(form.statement()),
            form.figure() == 0
                ? EvidencePaths.of(EvidencePaths.FIGURES, form.draftId())
                : EvidencePaths.of(EvidencePaths.FIGURE, form.draftId(), form.figure()),
            DraftPart.figure(form.figure()),
            fields,
            choices,
            form.measures().size()
                + (form.measures().size() == 1 ? " measure" : " measures")
                + (form.query() == null ? "" : " match '" + form.query() + "'")
                + ".",
            choices.isEmpty()
                ? "No measure"
                    + (form.statement() == null ? "" : " of statement " + form.statement())
                    + " matches '"
                    + form.query()
                    + "'. Try other words, or clear the search to see them all."
                : null,
            fields.value(DraftForms.MEASURE),
            form.phrases().stream()
                .map(
                    p ->
                        new Phrase(
                            p.words(),
                            p.range().toString(),
                            p.band().word()
                                + " ("
                                + p.band().range()
                                + ")"
                                + (p.straddles() ? "; crosses a band boundary" : ""),
                            p.readsAs()))
                .toList(),
            EvidencePaths.of(EvidencePaths.DRAFT, form.draftId())));
  }

  /** The search's choice of statement: every statement, or one, the one searched in chosen. */
  private static List<Option> statements(Integer statement) {
    List<Option> statements = new ArrayList<>();
    statements.add(new Option("all", "every statement", false));
    for (int s = 1; s <= 4; s++) {
      statements.add(
          new Option(String.valueOf(s), "statement " + s, statement != null && statement == s));
    }
    return statements;
  }

  private static List<FormFields.Choice> choices(Form form, String chosen) {
    return form.measures().stream()
        .map(
            m -> {
              Integer other = form.taken().get(m.id());
              boolean disabled = other != null && other != form.figure() && !m.id().equals(chosen);
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
  }

  static String capitalised(String text) {
    return text == null || text.isEmpty()
        ? ""
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

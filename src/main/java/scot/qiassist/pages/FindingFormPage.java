package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Statement;
import scot.qiassist.grade.GradeParameters;

/**
 * The form of one of the inspectors' findings: its statement, whether it is a strength or an area
 * for improvement, its weight (with what makes a strength major, important or minor), the QI 2.1
 * aspect it bears on, the finding in words, whether it is a key message, and for a strength whether
 * it is outstanding. The live panel beside it shows what the finding does to the grade.
 */
public final class FindingFormPage {

  private FindingFormPage() {}

  /**
   * What the page shows.
   *
   * @param finding the finding's id, or 0 for a new one
   * @param values the finding's values, as saved or as typed
   */
  public record Form(
      String draftId,
      String partnership,
      int finding,
      Map<String, String> values,
      List<FieldProblem> problems) {}

  public static String render(
      PageContext context, Form form, PanelState panel, GradeParameters parameters) {
    String title = form.finding() == 0 ? "Add a finding" : "Change finding " + form.finding();
    FormFields fields =
        new FormFields("finding", form.values(), DraftFrame.errors(form.problems()));
    return DraftFrame.page(
        title,
        context,
        form.draftId(),
        form.problems(),
        panel,
        null,
        h -> {
          DraftFrame.caption(h, form.partnership());
          h.element("h1", title, "class", "govuk-heading-xl");
          String action =
              form.finding() == 0
                  ? EvidencePaths.of(EvidencePaths.FINDINGS, form.draftId())
                  : EvidencePaths.of(EvidencePaths.FINDING, form.draftId(), form.finding());
          DraftFrame.liveForm(h, action, context, DraftPart.finding(form.finding()));
          fields.radios(h, DraftForms.STATEMENT, "Statement", null, statements(), true);
          fields.radios(
              h,
              DraftForms.KIND,
              "Kind",
              null,
              List.of(
                  new FormFields.Choice("strength", "Strength", null),
                  new FormFields.Choice("area-for-improvement", "Area for improvement", null)),
              true);
          fields.radios(
              h,
              DraftForms.WEIGHT,
              "Weight",
              "How much it weighs in the balance for the grade.",
              WeightGuidance.choices(parameters),
              true);
          WeightGuidance.write(h, parameters);
          fields.select(
              h,
              DraftForms.ASPECT,
              "QI 2.1 aspect (optional)",
              "What of children and young people's experience it bears on.",
              aspects());
          fields.textarea(
              h,
              DraftForms.TEXT,
              "The finding",
              "In the words of the report, such as 'Senior leaders had a clear vision, which was understood by staff.' About services in aggregate: no names or details of children or families.",
              4);
          h.markup(
              "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">In the report</legend>");
          fields.checkbox(
              h,
              DraftForms.KEY_MESSAGE,
              "A key message",
              "Put it forward as one of the statement's key messages.");
          fields.checkbox(
              h,
              DraftForms.OUTSTANDING,
              "Outstanding or sector leading",
              "For a strength only: the mark of excellent, which needs at least one.");
          h.markup("</fieldset>\n")
              .markup("<div class=\"govuk-button-group\">")
              .element("button", "Save the finding", "type", "submit", "class", "govuk-button")
              .element(
                  "a",
                  "Cancel",
                  "class",
                  "govuk-link",
                  "href",
                  EvidencePaths.of(EvidencePaths.DRAFT, form.draftId()))
              .markup("</div></form>\n");
        });
  }

  private static List<FormFields.Choice> statements() {
    List<FormFields.Choice> choices = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      choices.add(new FormFields.Choice(String.valueOf(s), "Statement " + s, Statement.title(s)));
    }
    return choices;
  }

  private static List<FormFields.Choice> aspects() {
    List<FormFields.Choice> choices = new ArrayList<>();
    choices.add(new FormFields.Choice("", "None", null));
    for (Aspect a : Aspect.values()) {
      choices.add(new FormFields.Choice(a.id(), "Children " + a.description(), null));
    }
    return choices;
  }
}

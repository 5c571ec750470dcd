package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.SampleSize;
import scot.qiassist.grade.Grade;

/**
 * The form of what an evaluation is of: the partnership, the inspection period, the size of each
 * sample and the draft grade. At {@code /evidence/new} it starts a draft; at {@code
 * /evidence/{id}/details} it changes one, with the live panel beside it.
 */
public final class DraftDetailsPage {

  private DraftDetailsPage() {}

  /**
   * The page.
   *
   * @param draftId the draft to change, or null to start one
   * @param values the values to show: as saved, or as typed when they were refused
   * @param problems what was wrong with the values sent, or empty
   * @param panel the live panel beside the form, or null (a draft not yet started has none)
   */
  public static String render(
      PageContext context,
      String draftId,
      String partnership,
      Map<String, String> values,
      List<FieldProblem> problems,
      PanelState panel) {
    boolean starting = draftId == null;
    String title = starting ? "Start an evaluation" : "Change what the evaluation is of";
    FormFields fields = new FormFields("details", values, DraftFrame.errors(problems));
    return DraftFrame.page(
        title,
        context,
        draftId,
        problems,
        panel,
        null,
        h -> {
          DraftFrame.caption(h, partnership);
          h.element("h1", title, "class", "govuk-heading-xl");
          if (starting) {
            h.element(
                "p",
                "Say what the evaluation is of. Then add the figures and the findings of each statement: the draft is saved at each step, and you can come back to it from the home page.",
                "class",
                "govuk-body");
          }
          DraftFrame.liveForm(
              h,
              starting ? EvidencePaths.LIST : EvidencePaths.of(EvidencePaths.DETAILS, draftId),
              context,
              DraftPart.DETAILS);
          fields.text(
              h,
              DraftForms.PARTNERSHIP,
              "Partnership",
              "The community planning partnership inspected, such as North Lanarkshire.",
              "govuk-!-width-two-thirds",
              null);
          period(h, fields);
          samples(h, fields);
          fields.select(
              h,
              DraftForms.DRAFT_GRADE,
              "Draft grade (optional)",
              "The grade for QI 2.1 you are testing: the panel beside the form says whether the evidence supports it.",
              grades());
          h.markup("<div class=\"govuk-button-group\">")
              .element(
                  "button",
                  starting ? "Start the evaluation" : "Save",
                  "type",
                  "submit",
                  "class",
                  "govuk-button",
                  "data-module",
                  "govuk-button")
              .element(
                  "a",
                  "Cancel",
                  "class",
                  "govuk-link",
                  "href",
                  starting ? EvidencePaths.LIST : EvidencePaths.of(EvidencePaths.DRAFT, draftId))
              .markup("</div></form>\n");
        });
  }

  private static void period(Html h, FormFields fields) {
    h.markup(
        "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">The inspection period (optional)</legend>");
    fields.text(
        h,
        DraftForms.FROM,
        "First day",
        "As year-month-day, for example 2023-04-17.",
        "govuk-input--width-10",
        null);
    fields.text(
        h,
        DraftForms.TO,
        "Last day",
        "On or after the first day, for example 2023-09-13.",
        "govuk-input--width-10",
        null);
    h.markup("</fieldset>\n");
  }

  private static void samples(Html h, FormFields fields) {
    h.markup(
            "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Sample sizes</legend>")
        .element(
            "div",
            "How many of each the inspection drew on. Leave out a sample it did not draw. A figure's 'of' may not be more than the sample of its source.",
            "class",
            "govuk-hint");
    for (SampleSize s : SampleSize.values()) {
      fields.text(h, s.field(), s.label(), null, "govuk-input--width-5", "numeric");
    }
    h.markup("</fieldset>\n");
  }

  private static List<FormFields.Choice> grades() {
    List<FormFields.Choice> grades = new ArrayList<>();
    grades.add(new FormFields.Choice("", "None yet", null));
    for (int g = 6; g >= 1; g--) {
      grades.add(
          new FormFields.Choice(String.valueOf(g), Grade.of(g).label() + " (" + g + ")", null));
    }
    return grades;
  }
}

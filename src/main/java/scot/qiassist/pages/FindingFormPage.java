package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * What the page shows, worked out for its template ({@code drafting/finding.jte}).
   *
   * @param action where the form posts
   * @param weights the weights' radios, each with what makes a strength of that weight
   * @param guidance what makes a finding major, important or minor
   */
  public record View(
      DraftFrame frame,
      String caption,
      String heading,
      String action,
      DraftPart part,
      FormFields fields,
      List<FormFields.Choice> statements,
      List<FormFields.Choice> kinds,
      List<FormFields.Choice> weights,
      WeightGuidance.Guidance guidance,
      List<FormFields.Choice> aspects,
      String cancel) {}

  public static String render(
      PageContext context, Form form, PanelState panel, GradeParameters parameters) {
    String title = form.finding() == 0 ? "Add a finding" : "Change finding " + form.finding();
    return PageTemplates.render(
        "drafting/finding.jte",
        new View(
            DraftFrame.of(title, context, form.draftId(), form.problems(), panel, null),
            DraftFrame.caption(form.partnership()),
            title,
            form.finding() == 0
                ? EvidencePaths.of(EvidencePaths.FINDINGS, form.draftId())
                : EvidencePaths.of(EvidencePaths.FINDING, form.draftId(), form.finding()),
            DraftPart.finding(form.finding()),
            new FormFields("finding", form.values(), DraftFrame.errors(form.problems())),
            statements(),
            List.of(
                new FormFields.Choice("strength", "Strength", null),
                new FormFields.Choice("area-for-improvement", "Area for improvement", null)),
            WeightGuidance.choices(parameters),
            WeightGuidance.of(parameters),
            aspects(),
            EvidencePaths.of(EvidencePaths.DRAFT, form.draftId())));
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

package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.SampleSize;
import scot.qiassist.grade.Grade;

/**
 * The form of what an evaluation is of (the template {@code drafting/details.jte}): the
 * partnership, the inspection period, the size of each sample and the draft grade. At {@code
 * /evidence/new} it starts a draft; at {@code /evidence/{id}/details} it changes one, with the live
 * panel beside it.
 */
public final class DraftDetailsPage {

  private DraftDetailsPage() {}

  /**
   * What the page shows.
   *
   * @param starting whether the form starts a draft (else it changes one)
   * @param action where the form posts
   * @param cancel where "Cancel" leads
   */
  public record View(
      DraftFrame frame,
      String heading,
      String caption,
      boolean starting,
      String action,
      String cancel,
      FormFields fields,
      List<SampleSize> samples,
      List<FormFields.Choice> grades) {}

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
    return PageTemplates.render(
        "drafting/details.jte",
        new View(
            DraftFrame.of(title, context, draftId, problems, panel, null),
            title,
            DraftFrame.caption(partnership),
            starting,
            starting ? EvidencePaths.LIST : EvidencePaths.of(EvidencePaths.DETAILS, draftId),
            starting ? EvidencePaths.LIST : EvidencePaths.of(EvidencePaths.DRAFT, draftId),
            new FormFields("details", values, DraftFrame.errors(problems)),
            List.of(SampleSize.values()),
            grades()));
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

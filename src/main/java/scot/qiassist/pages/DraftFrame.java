package scot.qiassist.pages;

import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.whatif.WayToDraft;

/**
 * What every page of a draft shares (the template {@code drafting/frame.jte}): the layout with the
 * evidence pages' script, the form in the wider column and the live panel beside it, the error
 * summary, and the hidden fields that tell the panel which form is being typed in.
 *
 * @param title the page's title, "Error: " first when there are problems
 * @param summary the problems to list at the top, each a link and its words
 * @param panel the live panel, or null for a page without one
 */
public record DraftFrame(
    String title,
    PageContext context,
    List<Map.Entry<String, String>> summary,
    LivePanel.View panel) {

  /**
   * A page of a draft.
   *
   * @param problems the problems to list at the top, each a link to its field on this page
   * @param panel the live panel's state, or null for a page without one
   */
  static DraftFrame of(
      String title,
      PageContext context,
      String draftId,
      List<FieldProblem> problems,
      PanelState panel,
      String typedMeasure) {
    return withSummary(title, context, draftId, links(problems), panel, typedMeasure, null);
  }

  /**
   * A page of a draft whose error summary links elsewhere, with the ways to its draft grade.
   *
   * @param summary each problem's link and words
   * @param toReach the smallest sets of changes that would give the draft grade, or null when not
   *     worked out for this page
   */
  static DraftFrame withSummary(
      String title,
      PageContext context,
      String draftId,
      List<Map.Entry<String, String>> summary,
      PanelState panel,
      String typedMeasure,
      List<WayToDraft> toReach) {
    return new DraftFrame(
        (summary.isEmpty() ? "" : "Error: ") + title,
        context,
        summary,
        panel == null ? null : LivePanel.view(draftId, panel, typedMeasure, toReach));
  }

  /** The caption above a draft form's heading. */
  static String caption(String partnership) {
    return (partnership == null ? "New evaluation" : partnership) + ": evidence draft";
  }

  /** The part a form is of, as its hidden field sends it: "details", "figure", "finding". */
  public static String partName(DraftPart part) {
    return part.kind().name().toLowerCase(Locale.ROOT);
  }

  /** Each problem as the summary links it: "Count: '4x' is not a whole number; ...". */
  static List<Map.Entry<String, String>> links(List<FieldProblem> problems) {
    return problems.stream()
        .map(
            p ->
                (Map.Entry<String, String>)
                    new AbstractMap.SimpleEntry<>(
                        "#" + prefix(p.part()) + "-" + p.field(),
                        DraftFieldLabels.label(p) + ": " + p.message()))
        .toList();
  }

  static String prefix(DraftPart part) {
    return switch (part.kind()) {
      case DETAILS -> "details";
      case FIGURE -> "figure";
      case FINDING -> "finding";
    };
  }

  /** The problems of one form, by field: the first of each field's, as the field shows it. */
  static Map<String, String> errors(List<FieldProblem> problems) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
    return errors;
  }
}

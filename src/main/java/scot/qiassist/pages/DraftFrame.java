package scot.qiassist.pages;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.whatif.WayToDraft;

/**
 * What every page of a draft shares: the layout with the evidence pages' script, the form in the
 * wider column and the live panel beside it, the error summary, and the hidden fields that tell the
 * panel which form is being typed in.
 */
final class DraftFrame {

  private DraftFrame() {}

  /**
   * A page of a draft.
   *
   * @param problems the problems to list at the top, each a link to its field on this page
   * @param panel the live panel's state, or null for a page without one
   */
  static String page(
      String title,
      PageContext context,
      String draftId,
      List<FieldProblem> problems,
      PanelState panel,
      String typedMeasure,
      Consumer<Html> form) {
    return pageWithSummary(title, context, draftId, links(problems), panel, typedMeasure, form);
  }

  /**
   * A page of a draft whose error summary links elsewhere.
   *
   * @param summary each problem's link and words
   */
  static String pageWithSummary(
      String title,
      PageContext context,
      String draftId,
      List<Map.Entry<String, String>> summary,
      PanelState panel,
      String typedMeasure,
      Consumer<Html> form) {
    return pageWithSummary(title, context, draftId, summary, panel, typedMeasure, null, form);
  }

  /**
   * A page of a draft whose error summary links elsewhere, with the ways to its draft grade.
   *
   * @param toReach the smallest sets of changes that would give the draft grade, or null when not
   *     worked out for this page
   */
  static String pageWithSummary(
      String title,
      PageContext context,
      String draftId,
      List<Map.Entry<String, String>> summary,
      PanelState panel,
      String typedMeasure,
      List<WayToDraft> toReach,
      Consumer<Html> form) {
    return Layout.page(
        (summary.isEmpty() ? "" : "Error: ") + title,
        context,
        false,
        List.of(EvidencePaths.SCRIPT),
        h -> {
          h.markup("<div class=\"govuk-grid-row\">")
              .markup(
                  panel == null
                      ? "<div class=\"govuk-grid-column-two-thirds\">"
                      : "<div class=\"govuk-grid-column-two-thirds-from-desktop\">");
          FormFields.errorSummary(h, summary);
          form.accept(h);
          h.markup("</div>\n");
          if (panel != null) {
            h.markup("<div class=\"govuk-grid-column-one-third-from-desktop\">");
            LivePanel.write(h, draftId, panel, typedMeasure, toReach);
            h.markup("</div>\n");
          }
          h.markup("</div>\n");
        });
  }

  /** The opening of a form that posts and whose fields the live panel follows. */
  static void liveForm(Html h, String action, PageContext context, DraftPart part) {
    h.open(
            "form",
            "method",
            "post",
            "action",
            action,
            "novalidate",
            "novalidate",
            "data-live-form",
            "data-live-form")
        .formToken(context.formToken())
        .open(
            "input",
            "type",
            "hidden",
            "name",
            DraftForms.PART,
            "value",
            part.kind().name().toLowerCase(java.util.Locale.ROOT))
        .open(
            "input",
            "type",
            "hidden",
            "name",
            DraftForms.ITEM,
            "value",
            String.valueOf(part.item()))
        .newline();
  }

  /** A small form with only a button that posts: remove, submit. */
  static void button(Html h, String action, PageContext context, String label, String classes) {
    h.open("form", "method", "post", "action", action, "class", "qi-inline-form")
        .formToken(context.formToken())
        .element("button", label, "type", "submit", "class", classes)
        .markup("</form>");
  }

  static void caption(Html h, String partnership) {
    h.element(
        "span",
        (partnership == null ? "New evaluation" : partnership) + ": evidence draft",
        "class",
        "govuk-caption-l");
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

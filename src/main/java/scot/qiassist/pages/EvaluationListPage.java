package scot.qiassist.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import scot.qiassist.grade.Grade;
import scot.qiassist.storage.DraftSummary;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationSummary;

/** The page at {@code /}: the stored evaluations, newest first, with a form to filter them. */
public final class EvaluationListPage {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private EvaluationListPage() {}

  /**
   * The list page.
   *
   * @param evaluations the evaluations the filter let through (for an inspector, their own)
   * @param filter the filter they were listed with, shown in the form
   * @param partnerships the partnerships to offer in the form
   * @param rulesetVersions the ruleset versions to offer in the form
   */
  public static String render(
      PageContext context,
      List<EvaluationSummary> evaluations,
      EvaluationFilter filter,
      List<String> partnerships,
      List<String> rulesetVersions) {
    return render(context, evaluations, filter, partnerships, rulesetVersions, null);
  }

  /**
   * The list page, with the reader's evidence drafts first when they may draft.
   *
   * @param drafts the reader's evidence drafts, or null for a reader who does not draft
   */
  public static String render(
      PageContext context,
      List<EvaluationSummary> evaluations,
      EvaluationFilter filter,
      List<String> partnerships,
      List<String> rulesetVersions,
      List<DraftSummary> drafts) {
    return Layout.page(
        "Evaluations",
        context,
        false,
        h -> {
          h.markup("<h1 class=\"govuk-heading-xl\">Evaluations</h1>\n");
          if (drafts != null) {
            DraftListSection.write(h, drafts, "h2");
            h.element("h2", "Stored evaluations", "class", "govuk-heading-l");
          }
          filterForm(h, filter, partnerships, rulesetVersions);
          table(h, evaluations, filter);
        });
  }

  private static void filterForm(
      Html h, EvaluationFilter filter, List<String> partnerships, List<String> versions) {
    h.markup("<form method=\"get\" action=\"/\" class=\"govuk-!-margin-bottom-6\" novalidate>\n")
        .markup("<div class=\"govuk-grid-row\">");
    select(
        h,
        "partnership",
        "Partnership",
        filter.partnership(),
        "Any partnership",
        partnerships,
        partnerships);
    select(
        h,
        "grade",
        "Grade",
        filter.grade() == null ? null : String.valueOf(filter.grade()),
        "Any grade",
        List.of("6", "5", "4", "3", "2", "1"),
        List.of(6, 5, 4, 3, 2, 1).stream().map(g -> Grade.of(g).label() + " (" + g + ")").toList());
    select(
        h,
        "rulesetVersion",
        "Ruleset version",
        filter.rulesetVersion(),
        "Any version",
        versions,
        versions);
    h.markup("</div>\n<div class=\"govuk-button-group\">")
        .markup(
            "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Filter</button>")
        .markup("<a class=\"govuk-link\" href=\"/\">Clear filters</a></div>\n</form>\n");
  }

  private static void select(
      Html h,
      String name,
      String label,
      String chosen,
      String any,
      List<String> values,
      List<String> labels) {
    h.markup("<div class=\"govuk-grid-column-one-third\"><div class=\"govuk-form-group\">")
        .element("label", label, "class", "govuk-label", "for", "filter-" + name)
        .open("select", "class", "govuk-select", "id", "filter-" + name, "name", name)
        .element("option", any, "value", "");
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      h.element(
          "option",
          labels.get(i),
          "value",
          value,
          "selected",
          value.equalsIgnoreCase(String.valueOf(chosen)) ? "selected" : null);
    }
    h.markup("</select></div></div>");
  }

  private static void table(Html h, List<EvaluationSummary> evaluations, EvaluationFilter filter) {
    if (evaluations.isEmpty()) {
      h.markup("<p class=\"govuk-body\">No stored evaluation matches these filters.</p>\n");
      return;
    }
    h.markup(
            "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">")
        .text(
            evaluations.size()
                + (evaluations.size() == 1 ? " evaluation" : " evaluations")
                + (evaluations.size() == filter.limit()
                    ? " (the newest " + filter.limit() + ")"
                    : ""))
        .markup("</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String heading :
        List.of("Partnership", "Grade", "Panel", "Ruleset version", "Posted by", "Stored")) {
      h.element("th", heading, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
    for (EvaluationSummary e : evaluations) {
      h.markup("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
          .element(
              "a",
              e.partnership(),
              "class",
              "govuk-link",
              "href",
              "/evaluations/" + Html.segment(e.id()))
          .markup("</td>")
          .element(
              "td",
              e.currentGrade().label() + " (" + e.currentGrade().value() + ")",
              "class",
              "govuk-table__cell")
          .element("td", panel(e), "class", "govuk-table__cell")
          .element(
              "td",
              shortVersion(e.rulesetVersion()),
              "class",
              "govuk-table__cell qi-rule",
              "title",
              e.rulesetVersion())
          .element("td", e.author(), "class", "govuk-table__cell")
          .element("td", WHEN.format(e.createdAt()), "class", "govuk-table__cell")
          .markup("</tr>\n");
    }
    h.markup("</tbody></table>\n");
  }

  private static String panel(EvaluationSummary e) {
    if (!e.moderated()) {
      return "Not yet decided";
    }
    if (e.currentGrade().value() == e.grade().value()) {
      return "Grade kept" + decisions(e.decisions());
    }
    return "Adjusted from " + e.grade().label() + decisions(e.decisions());
  }

  private static String decisions(int n) {
    return n == 1 ? "" : " (" + n + " decisions)";
  }

  static String shortVersion(String version) {
    return version == null || version.length() <= 12
        ? String.valueOf(version)
        : version.substring(0, 12);
  }
}

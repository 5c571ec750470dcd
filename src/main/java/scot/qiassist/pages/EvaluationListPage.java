package scot.qiassist.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import scot.qiassist.grade.Grade;
import scot.qiassist.storage.DraftSummary;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationSummary;

/**
 * The page at {@code /}: the stored evaluations, newest first, with a form to filter them (template
 * {@code panels/evaluation-list.jte}).
 */
public final class EvaluationListPage {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private EvaluationListPage() {}

  /**
   * The page's facts.
   *
   * @param drafts the reader's evidence drafts, or null for a reader who does not draft
   * @param caption how many evaluations the table shows, or null when none matches
   */
  public record View(
      PageContext context,
      List<DraftListSection.Row> drafts,
      List<Select> filters,
      String caption,
      List<Row> rows) {}

  /** A filter: a select with "any" first. */
  public record Select(String name, String label, String any, List<Option> options) {

    public String id() {
      return "filter-" + name;
    }
  }

  /** An option of a select, chosen or not. */
  public record Option(String value, String label, boolean selected) {}

  /** A stored evaluation as a row of the table. */
  public record Row(
      String partnership,
      String href,
      String grade,
      String panel,
      String version,
      String fullVersion,
      String author,
      String stored) {}

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
    return PageTemplates.render(
        "panels/evaluation-list.jte",
        new View(
            context,
            drafts == null ? null : DraftListSection.rows(drafts),
            filters(filter, partnerships, rulesetVersions),
            caption(evaluations, filter),
            evaluations.stream().map(EvaluationListPage::row).toList()));
  }

  private static List<Select> filters(
      EvaluationFilter filter, List<String> partnerships, List<String> versions) {
    String grade = filter.grade() == null ? null : String.valueOf(filter.grade());
    return List.of(
        select(
            "partnership",
            "Partnership",
            "Any partnership",
            filter.partnership(),
            partnerships,
            partnerships),
        select(
            "grade",
            "Grade",
            "Any grade",
            grade,
            IntStream.iterate(6, g -> g >= 1, g -> g - 1).mapToObj(String::valueOf).toList(),
            IntStream.iterate(6, g -> g >= 1, g -> g - 1)
                .mapToObj(g -> Grade.of(g).label() + " (" + g + ")")
                .toList()),
        select(
            "rulesetVersion",
            "Ruleset version",
            "Any version",
            filter.rulesetVersion(),
            versions,
            versions));
  }

  private static Select select(
      String name,
      String label,
      String any,
      String chosen,
      List<String> values,
      List<String> labels) {
    return new Select(
        name,
        label,
        any,
        IntStream.range(0, values.size())
            .mapToObj(
                i ->
                    new Option(
                        values.get(i),
                        labels.get(i),
                        values.get(i).equalsIgnoreCase(String.valueOf(chosen))))
            .toList());
  }

  private static String caption(List<EvaluationSummary> evaluations, EvaluationFilter filter) {
    if (evaluations.isEmpty()) {
      return null;
    }
    return evaluations.size()
        + (evaluations.size() == 1 ? " evaluation" : " evaluations")
        + (evaluations.size() == filter.limit() ? " (the newest " + filter.limit() + ")" : "");
  }

  private static Row row(EvaluationSummary e) {
    return new Row(
        e.partnership(),
        "/evaluations/" + UrlPaths.segment(e.id()),
        e.currentGrade().label() + " (" + e.currentGrade().value() + ")",
        panel(e),
        shortVersion(e.rulesetVersion()),
        e.rulesetVersion(),
        e.author(),
        WHEN.format(e.createdAt()));
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

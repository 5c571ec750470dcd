package scot.qiassist.pages;

import java.util.List;
import java.util.Locale;
import scot.qiassist.moderation.ConsistencyReport;
import scot.qiassist.moderation.Neighbour;

/**
 * The page at {@code /evaluations/{id}/consistency} (template {@code panels/consistency.jte}): the
 * stored evaluations most alike one evaluation, with their grades, flagging those alike yet graded
 * differently.
 */
public final class ConsistencyPage {

  private ConsistencyPage() {}

  /**
   * The page's facts.
   *
   * @param warning how many alike evaluations were graded differently, or null for none
   * @param back the moderation report of the evaluation compared
   */
  public record View(
      PageContext context,
      String partnership,
      String intro,
      String warning,
      List<Row> nearest,
      String back) {}

  /**
   * An evaluation compared, as a row of the table.
   *
   * @param alike whether it counts as alike (its similarity at or above the threshold)
   * @param grade its grade and who gave it
   * @param gradedDifferently alike, yet graded differently
   */
  public record Row(
      String partnership,
      String href,
      String similarity,
      boolean alike,
      String figures,
      String findings,
      int sharedMeasures,
      String grade,
      boolean gradedDifferently,
      String stored) {}

  /**
   * The page.
   *
   * @param partnership the partnership of the evaluation the report is about
   */
  public static String render(PageContext context, ConsistencyReport report, String partnership) {
    return PageTemplates.render(
        "panels/consistency.jte",
        new View(
            context,
            partnership,
            intro(report),
            warning(report.inconsistent()),
            report.nearest().stream().map(n -> row(n, report.threshold())).toList(),
            "/evaluations/" + UrlPaths.segment(report.evaluationId())));
  }

  private static String intro(ConsistencyReport report) {
    return "Its grade: "
        + report.grade().label()
        + " ("
        + report.grade().value()
        + "). Compared with "
        + report.compared()
        + (report.compared() == 1 ? " other stored evaluation" : " other stored evaluations")
        + ". Similarity runs from 0 to 1: the mean of how alike the figures are (the measures both give, and how near"
        + " their shares) and how alike the findings are (strengths and areas for improvement by statement, kind"
        + " and weight). At "
        + number(report.threshold())
        + " or more, two evaluations count as alike.";
  }

  private static String warning(List<Neighbour> inconsistent) {
    if (inconsistent.isEmpty()) {
      return null;
    }
    return inconsistent.size()
        + (inconsistent.size() == 1 ? " alike evaluation was" : " alike evaluations were")
        + " graded differently: read them before deciding.";
  }

  private static Row row(Neighbour n, double threshold) {
    boolean alike = n.similarity() >= threshold;
    return new Row(
        n.partnership(),
        "/evaluations/" + UrlPaths.segment(n.id()),
        number(n.similarity()) + (alike ? " (alike)" : ""),
        alike,
        number(n.figures()),
        number(n.findings()),
        n.sharedMeasures(),
        n.grade().label()
            + " ("
            + n.grade().value()
            + ")"
            + (n.moderated() ? ", as the panel decided" : ", as the rules gave it"),
        n.differentGrade(),
        EvaluationListPage.WHEN.format(n.createdAt()));
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}

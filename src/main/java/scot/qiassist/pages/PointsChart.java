package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.qiassist.evaluation.StatementPoints;
import scot.qiassist.evidence.Statement;

/**
 * The points of each statement's strengths and areas for improvement, drawn on the server as SVG
 * (the template {@code drafting/points-chart.jte}): for each of the four statements a green bar for
 * its strengths and an orange bar for its areas for improvement, each with its points written
 * beside it, on one scale. The positions are worked out here; the template only lays them out.
 */
public final class PointsChart {

  static final int WIDTH = 340;
  static final int LABELS = 100;
  static final int RIGHT = 40;
  static final int TOP = 8;
  static final int BAR = 16;
  static final int STATEMENT = 48;

  private static final String GREEN = "#00703c";
  private static final String ORANGE = "#f47738";

  private PointsChart() {}

  /**
   * The chart as drawn.
   *
   * @param id what the chart's title and description are named by, unique on the page
   */
  public record Chart(
      String id, int width, int height, String description, List<Group> statements) {

    public String viewBox() {
      return "0 0 " + width + " " + height;
    }
  }

  /** One statement's label and its two bars. */
  public record Group(int statement, String title, int labelY, Bar strengths, Bar areas) {}

  /**
   * One bar and its points written beside it.
   *
   * @param kind the bar's class: strengths or areas
   */
  public record Bar(
      String kind,
      int points,
      int x,
      int y,
      String width,
      int height,
      String fill,
      String textX,
      int textY) {}

  /** The chart of these points. */
  public static Chart of(List<StatementPoints> points, String id) {
    int most =
        Math.max(
            1,
            points.stream()
                .mapToInt(p -> Math.max(p.strengthPoints(), p.areaPoints()))
                .max()
                .orElse(1));
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      groups.add(group(points.get(i), TOP + i * STATEMENT, most));
    }
    return new Chart(id, WIDTH, TOP + points.size() * STATEMENT, description(points), groups);
  }

  static String description(List<StatementPoints> points) {
    StringBuilder d = new StringBuilder();
    for (StatementPoints p : points) {
      d.append(d.length() == 0 ? "" : "; ")
          .append("statement ")
          .append(p.statement())
          .append(": strengths ")
          .append(p.strengthPoints())
          .append(p.strengthPoints() == 1 ? " point" : " points")
          .append(" (")
          .append(p.strengths())
          .append("), areas for improvement ")
          .append(p.areaPoints())
          .append(p.areaPoints() == 1 ? " point" : " points")
          .append(" (")
          .append(p.areas())
          .append(")");
    }
    return d.append('.').toString();
  }

  private static Group group(StatementPoints p, int y, int most) {
    return new Group(
        p.statement(),
        "Statement " + p.statement() + ": " + Statement.title(p.statement()),
        y + BAR + 4,
        bar("qi-points__strengths", p.strengthPoints(), y + 2, most, GREEN),
        bar("qi-points__areas", p.areaPoints(), y + 4 + BAR, most, ORANGE));
  }

  private static Bar bar(String kind, int points, int y, int most, String colour) {
    double width = Math.max((WIDTH - LABELS - RIGHT) * (double) points / most, 1);
    return new Bar(
        kind, points, LABELS, y, fmt(width), BAR, colour, fmt(LABELS + width + 4), y + BAR - 3);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

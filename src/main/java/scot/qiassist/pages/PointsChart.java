package scot.qiassist.pages;

import java.util.List;
import java.util.Locale;
import scot.qiassist.evaluation.StatementPoints;
import scot.qiassist.evidence.Statement;

/**
 * The points of each statement's strengths and areas for improvement, drawn on the server as SVG:
 * for each of the four statements a green bar for its strengths and an orange bar for its areas for
 * improvement, each with its points written beside it, on one scale.
 */
final class PointsChart {

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
   * The chart.
   *
   * @param id what the chart's title and description are named by, unique on the page
   */
  static void write(Html h, List<StatementPoints> points, String id) {
    int most =
        Math.max(
            1,
            points.stream()
                .mapToInt(p -> Math.max(p.strengthPoints(), p.areaPoints()))
                .max()
                .orElse(1));
    int height = TOP + points.size() * STATEMENT;
    h.open(
            "svg",
            "class",
            "qi-points",
            "xmlns",
            "http://www.w3.org/2000/svg",
            "viewBox",
            "0 0 " + WIDTH + " " + height,
            "width",
            String.valueOf(WIDTH),
            "height",
            String.valueOf(height),
            "role",
            "img",
            "aria-labelledby",
            id + "-title " + id + "-description",
            "font-size",
            "15",
            "font-family",
            "arial, sans-serif")
        .element("title", "Points per statement", "id", id + "-title")
        .element("desc", description(points), "id", id + "-description")
        .newline();
    for (int i = 0; i < points.size(); i++) {
      statement(h, points.get(i), TOP + i * STATEMENT, most);
    }
    h.markup("</svg>\n");
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

  private static void statement(Html h, StatementPoints p, int y, int most) {
    h.open("g", "class", "qi-points__statement", "data-statement", String.valueOf(p.statement()))
        .element("title", "Statement " + p.statement() + ": " + Statement.title(p.statement()))
        .element(
            "text",
            "Statement " + p.statement(),
            "x",
            "0",
            "y",
            String.valueOf(y + BAR + 4),
            "fill",
            "#0b0c0c");
    bar(h, "qi-points__strengths", p.strengthPoints(), y + 2, most, GREEN);
    bar(h, "qi-points__areas", p.areaPoints(), y + 4 + BAR, most, ORANGE);
    h.close("g").newline();
  }

  private static void bar(Html h, String kind, int points, int y, int most, String colour) {
    double width = (WIDTH - LABELS - RIGHT) * (double) points / most;
    h.open(
            "rect",
            "class",
            kind,
            "x",
            String.valueOf(LABELS),
            "y",
            String.valueOf(y),
            "width",
            fmt(Math.max(width, 1)),
            "height",
            String.valueOf(BAR),
            "fill",
            colour)
        .close("rect")
        .element(
            "text",
            String.valueOf(points),
            "x",
            fmt(LABELS + Math.max(width, 1) + 4),
            "y",
            String.valueOf(y + BAR - 3),
            "fill",
            "#0b0c0c");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

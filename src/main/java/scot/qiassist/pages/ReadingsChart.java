package scot.qiassist.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.terms.Band;

/**
 * Every figure of the evidence against the standard words' bands, drawn on the server as SVG: a
 * horizontal scale of whole percents 0-100 shaded by band, and one row per figure with one mark: a
 * dot for an exact share, a bar from the lowest to the highest percent for a range (with a tick at
 * its middle, the reading decisions use). Ranges that cross a band boundary are drawn in orange.
 *
 * <p>Each whole percent is a cell of equal width, so that a band such as "all" (100% only) still
 * has a width, and a band's edges fall where its lowest and highest percents do.
 */
final class ReadingsChart {

  static final int WIDTH = 760;
  static final int LABELS = 290;
  static final int RIGHT = 12;
  static final int TOP = 52;
  static final int ROW = 22;
  static final int MIN_TICK_GAP = 8;
  static final int MAX_LABEL = 42;

  private static final String BLUE = "#1d70b8";
  private static final String ORANGE = "#f47738";

  private ReadingsChart() {}

  static void write(Html h, List<ReadingView> unsorted, List<Band> bands) {
    List<ReadingView> readings =
        unsorted.stream().sorted(Comparator.comparingInt(ReadingView::statement)).toList();
    int height = TOP + readings.size() * ROW + 10;
    h.open(
            "svg",
            "class",
            "qi-chart",
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
            "chart-title chart-description",
            "font-size",
            "12",
            "font-family",
            "arial, sans-serif")
        .element("title", "Every figure against the standard words", "id", "chart-title")
        .element(
            "desc",
            readings.size()
                + " figures, each a dot (an exact share) or a bar (a range) on a scale of 0% to 100% "
                + "shaded by the bands of the standard words; ranges that cross a band boundary are orange.",
            "id",
            "chart-description")
        .newline();
    bands(h, bands, height);
    for (int i = 0; i < readings.size(); i++) {
      reading(h, readings.get(i), TOP + i * ROW + ROW / 2);
    }
    h.markup("</svg>\n");
  }

  private static void bands(Html h, List<Band> bands, int height) {
    int lastTick = -MIN_TICK_GAP;
    for (Band b : bands) {
      double x = x(b.lowest());
      double width = x(b.highest() + 1) - x;
      h.open(
              "rect",
              "class",
              "qi-chart__band",
              "x",
              fmt(x),
              "y",
              "30",
              "width",
              fmt(width),
              "height",
              String.valueOf(height - 36),
              "fill",
              b.rank() % 2 == 0 ? "#f3f2f1" : "#ffffff",
              "stroke",
              "#b1b4b6",
              "stroke-width",
              "0.5")
          .open("title")
          .text(b.word() + ": " + b.range())
          .close("title")
          .close("rect")
          .newline();
      if (width >= b.word().length() * 6.2) {
        h.element(
            "text",
            b.word(),
            "x",
            fmt(x + width / 2),
            "y",
            "44",
            "text-anchor",
            "middle",
            "fill",
            "#505a5f");
      }
      if (b.lowest() - lastTick >= MIN_TICK_GAP || b.lowest() == 100) {
        h.element(
            "text",
            b.lowest() + "%",
            "x",
            fmt(x),
            "y",
            "22",
            "text-anchor",
            "middle",
            "fill",
            "#0b0c0c");
        lastTick = b.lowest();
      }
    }
  }

  private static void reading(Html h, ReadingView r, int y) {
    String colour = r.straddles() ? ORANGE : BLUE;
    h.open("g", "class", "qi-chart__reading", "data-measure", r.measure())
        .element(
            "title",
            r.measure()
                + ": "
                + r.figures()
                + ", read as "
                + r.word()
                + " ("
                + r.band()
                + ")"
                + (r.straddles()
                    ? "; the range reaches from " + r.lowestWord() + " to " + r.highestWord()
                    : ""))
        .element(
            "text",
            label(r),
            "x",
            String.valueOf(LABELS - 8),
            "y",
            String.valueOf(y + 4),
            "text-anchor",
            "end",
            "fill",
            "#0b0c0c");
    if (r.low() == r.high()) {
      h.open(
              "circle",
              "class",
              "qi-chart__mark",
              "cx",
              fmt(middleOf(r.low())),
              "cy",
              String.valueOf(y),
              "r",
              "5",
              "fill",
              colour)
          .close("circle");
    } else {
      double x = x(r.low());
      h.open(
              "rect",
              "class",
              "qi-chart__mark",
              "x",
              fmt(x),
              "y",
              String.valueOf(y - 5),
              "width",
              fmt(x(r.high() + 1) - x),
              "height",
              "10",
              "rx",
              "3",
              "fill",
              colour,
              "fill-opacity",
              "0.75")
          .close("rect")
          .open(
              "line",
              "class",
              "qi-chart__middle",
              "x1",
              fmt(middleOf((r.low() + r.high()) / 2)),
              "x2",
              fmt(middleOf((r.low() + r.high()) / 2)),
              "y1",
              String.valueOf(y - 8),
              "y2",
              String.valueOf(y + 8),
              "stroke",
              "#0b0c0c",
              "stroke-width",
              "2")
          .close("line");
    }
    h.close("g").newline();
  }

  private static String label(ReadingView r) {
    String text = "S" + r.statement() + " " + r.measure();
    return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
  }

  /** The left edge of a whole percent's cell. */
  static double x(int percent) {
    return LABELS + percent * (WIDTH - LABELS - RIGHT) / 101.0;
  }

  private static double middleOf(int percent) {
    return (x(percent) + x(percent + 1)) / 2;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

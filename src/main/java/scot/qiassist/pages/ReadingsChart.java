package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.terms.Band;

/**
 * Every figure of the evidence against the standard words' bands, drawn on the server as SVG
 * (template {@code panels/readings-chart.jte}): a horizontal scale of whole percents 0-100 shaded
 * by band, and one row per figure with one mark: a dot for an exact share, a bar from the lowest to
 * the highest percent for a range (with a tick at its middle, the reading decisions use). Ranges
 * that cross a band boundary are drawn in orange.
 *
 * <p>Each whole percent is a cell of equal width, so that a band such as "all" (100% only) still
 * has a width, and a band's edges fall where its lowest and highest percents do. Every coordinate
 * is worked out here; the template only places them.
 */
public final class ReadingsChart {

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

  /** The chart: its size, its description, the bands behind and a row per figure. */
  public record Chart(
      int width, int height, String description, List<BandArea> bands, List<Mark> readings) {}

  /**
   * A band shaded across the chart's height, with its word above it when the word fits, and the
   * percent it starts at when that tick is not too near the last.
   */
  public record BandArea(
      String x,
      String width,
      int height,
      String fill,
      String title,
      String word,
      String wordX,
      String tick,
      String tickX) {}

  /** A figure's row: its label, and a dot or a bar with its middle. */
  public record Mark(
      String measure,
      String title,
      String label,
      int labelX,
      int labelY,
      String colour,
      Dot dot,
      Bar bar) {}

  /** An exact share. */
  public record Dot(String cx, int cy) {}

  /** A range, with a tick at its middle. */
  public record Bar(String x, int y, String width, String middle, int tickTop, int tickBottom) {}

  static Chart chart(List<ReadingView> unsorted, List<Band> bands) {
    List<ReadingView> readings =
        unsorted.stream().sorted(Comparator.comparingInt(ReadingView::statement)).toList();
    int height = TOP + readings.size() * ROW + 10;
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      marks.add(mark(readings.get(i), TOP + i * ROW + ROW / 2));
    }
    return new Chart(
        WIDTH,
        height,
        readings.size()
            + " figures, each a dot (an exact share) or a bar (a range) on a scale of 0% to 100% "
            + "shaded by the bands of the standard words; ranges that cross a band boundary are orange.",
        bands(bands, height),
        marks);
  }

  private static List<BandArea> bands(List<Band> bands, int height) {
    List<BandArea> areas = new ArrayList<>();
    int lastTick = -MIN_TICK_GAP;
    for (Band b : bands) {
      double x = x(b.lowest());
      double width = x(b.highest() + 1) - x;
      boolean tick = b.lowest() - lastTick >= MIN_TICK_GAP || b.lowest() == 100;
      if (tick) {
        lastTick = b.lowest();
      }
      boolean wordFits = width >= b.word().length() * 6.2;
      areas.add(
          new BandArea(
              fmt(x),
              fmt(width),
              height - 36,
              b.rank() % 2 == 0 ? "#f3f2f1" : "#ffffff",
              b.word() + ": " + b.range(),
              wordFits ? b.word() : null,
              fmt(x + width / 2),
              tick ? b.lowest() + "%" : null,
              fmt(x)));
    }
    return areas;
  }

  private static Mark mark(ReadingView r, int y) {
    Dot dot = null;
    Bar bar = null;
    if (r.low() == r.high()) {
      dot = new Dot(fmt(middleOf(r.low())), y);
    } else {
      double x = x(r.low());
      String middle = fmt(middleOf((r.low() + r.high()) / 2));
      bar = new Bar(fmt(x), y - 5, fmt(x(r.high() + 1) - x), middle, y - 8, y + 8);
    }
    return new Mark(
        r.measure(),
        r.measure() + ": " + r.figures() + ", read as " + ReadingsTable.readAs(r),
        label(r),
        LABELS - 8,
        y + 4,
        r.straddles() ? ORANGE : BLUE,
        dot,
        bar);
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

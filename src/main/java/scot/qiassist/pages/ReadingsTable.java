package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.ReadingView;

/**
 * Figures as a table: measure, figures as given, the standard word and its band, the inspectors'
 * note (template {@code panels/readings-table.jte}).
 */
public final class ReadingsTable {

  private ReadingsTable() {}

  /** A figure as a row of the table. */
  public record Row(
      String measure, int statement, String figures, String range, String readAs, String note) {}

  static List<Row> rows(List<ReadingView> readings, Map<String, String> notes) {
    return readings.stream()
        .map(
            r ->
                new Row(
                    r.measure(),
                    r.statement(),
                    r.figures(),
                    r.low() == r.high() ? r.low() + "%" : r.low() + "% to " + r.high() + "%",
                    readAs(r),
                    notes.getOrDefault(r.measure(), "")))
        .toList();
  }

  /** The standard word a figure is read as, with its band and, for a range, the words it spans. */
  static String readAs(ReadingView r) {
    return r.word()
        + " ("
        + r.band()
        + ")"
        + (r.straddles()
            ? "; the range reaches from " + r.lowestWord() + " to " + r.highestWord()
            : "");
  }
}

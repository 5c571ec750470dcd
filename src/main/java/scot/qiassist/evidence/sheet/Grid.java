package scot.qiassist.evidence.sheet;

import java.util.List;

/**
 * A sheet as rows of text, whatever file it came from: each row with the number a spreadsheet shows
 * for it, each cell as the text a reader sees (a whole number without ".0", a date as YYYY-MM-DD, a
 * cell formatted as a percentage as "88%"), trimmed; "" for an empty cell.
 */
record Grid(List<Row> rows) {

  Grid {
    rows = List.copyOf(rows);
  }

  /** One row: its number (1 for the first) and its cells from column A. */
  record Row(int number, List<String> cells) {

    Row {
      cells = List.copyOf(cells);
    }

    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  /** The spreadsheet's name of a column: A for 0, Z for 25, AA for 26. */
  static String letter(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}

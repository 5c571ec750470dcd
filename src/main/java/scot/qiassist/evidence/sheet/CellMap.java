package scot.qiassist.evidence.sheet;

import java.util.HashMap;
import java.util.Map;
import scot.qiassist.evidence.Problem;

/**
 * Where each value of the evidence JSON came from in the sheet, so that a problem the evidence
 * reader finds at a JSON path ({@code evidence[3].phrase}) is reported at its row and column.
 */
final class CellMap {

  private record Cell(int row, String column) {}

  private final Map<String, Cell> cells = new HashMap<>();

  void put(String path, int row, String column) {
    cells.putIfAbsent(path, new Cell(row, column));
  }

  /**
   * The problem at its cell: the value's own cell, else the row of the figure or finding it is in
   * (a problem of the whole row), else the sheet. A detail missing from the sheet is named with
   * where to give it.
   */
  RowProblem locate(Problem p) {
    Cell exact = cells.get(p.path());
    if (exact != null) {
      return new RowProblem(exact.row(), exact.column(), p.message());
    }
    String detail = detailOf(p.path());
    if (detail != null) {
      return new RowProblem(
          0,
          detail,
          p.message()
              + "; give it in a row above the table, with '"
              + detail
              + "' in column A and its value in column B");
    }
    for (String path = parent(p.path()); !path.isEmpty(); path = parent(path)) {
      Cell row = cells.get(path);
      if (row != null) {
        String field = p.path().substring(path.length()).replaceFirst("^\\.", "");
        return new RowProblem(row.row(), columnOf(field, row.column()), p.message());
      }
    }
    return new RowProblem(
        0, null, (p.path().isEmpty() ? "" : words(p.path()) + ": ") + p.message());
  }

  /** The column of a field left empty ("text" for a finding's text, "text" for a note). */
  private static String columnOf(String field, String otherwise) {
    if (field.equals("note")) {
      return "text";
    }
    for (var c : SheetLayout.COLUMNS.entrySet()) {
      if (c.getValue().equals(field)) {
        return c.getKey();
      }
    }
    return otherwise;
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static String detailOf(String path) {
    for (var d : SheetLayout.DETAILS.entrySet()) {
      if (d.getValue().equals(path)) {
        return d.getKey();
      }
    }
    return null;
  }

  private static String words(String path) {
    return switch (path) {
      case "evidence" -> "the figures";
      case "findings" -> "the findings";
      case "samples" -> "the samples";
      case "inspectionPeriod" -> "the inspection period";
      default -> path;
    };
  }
}

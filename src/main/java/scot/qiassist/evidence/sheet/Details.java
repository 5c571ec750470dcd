package scot.qiassist.evidence.sheet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows above the table: each names a detail of the inspection in column A and gives its value
 * in column B ("records read", "60"). Blank rows are passed over.
 */
final class Details {

  private final ObjectNode document;
  private final CellMap cells;
  private final List<RowProblem> problems;
  private final Map<String, Integer> seen = new HashMap<>();

  Details(ObjectNode document, CellMap cells, List<RowProblem> problems) {
    this.document = document;
    this.cells = cells;
    this.problems = problems;
  }

  void read(Grid.Row row) {
    if (row.isBlank()) {
      return;
    }
    var detail = SheetLayout.detail(row.cell(0));
    if (detail.isEmpty()) {
      problems.add(
          new RowProblem(
              row.number(),
              null,
              quoted(row.cell(0))
                  + " is not a detail of the inspection QI Assist knows; above the table, each row"
                  + " gives one of "
                  + String.join(", ", SheetLayout.DETAILS.keySet())
                  + " in column A and its value in column B"));
      return;
    }
    String name = detail.get();
    for (int c = 2; c < row.cells().size(); c++) {
      if (!row.cell(c).isEmpty()) {
        problems.add(
            new RowProblem(
                row.number(),
                Grid.letter(c),
                "the rows above the table take a detail in column A and its value in column B"
                    + " only; move "
                    + quoted(row.cell(c))
                    + " or leave the cell empty"));
      }
    }
    Integer first = seen.putIfAbsent(name, row.number());
    if (first != null) {
      problems.add(new RowProblem(row.number(), name, "is given already in row " + first));
      return;
    }
    String path = SheetLayout.DETAILS.get(name);
    cells.put(path, row.number(), name);
    cells.put(parentOf(path), row.number(), name);
    value(name, path, row);
  }

  private void value(String name, String path, Grid.Row row) {
    String value = row.cell(1);
    if (value.isEmpty()) {
      return;
    }
    ObjectNode parent =
        path.contains(".") ? object(path.substring(0, path.indexOf('.'))) : document;
    String field = path.substring(path.indexOf('.') + 1);
    if (path.startsWith("samples.")) {
      SheetValues.whole(value)
          .ifPresentOrElse(
              n -> parent.put(field, n),
              () ->
                  problems.add(
                      new RowProblem(
                          row.number(),
                          name,
                          quoted(value) + " is not a whole number; expected the sample's size")));
    } else if (SheetLayout.DATES.contains(name)) {
      parent.put(field, SheetValues.date(value));
    } else if (name.equals("draft grade") && value.matches("\\d+(\\.0+)?")) {
      parent.put(field, SheetValues.whole(value).orElseThrow());
    } else {
      parent.put(field, value);
    }
  }

  private ObjectNode object(String field) {
    return document.has(field) ? (ObjectNode) document.get(field) : document.putObject(field);
  }

  private static String parentOf(String path) {
    return path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
  }

  /** A cell as a message repeats it: quoted, cut short, control characters shown as '?'. */
  static String quoted(String text) {
    text = text.replaceAll("\\p{Cntrl}", "?");
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "'" + shown + "'";
  }
}

package scot.qiassist.evidence.sheet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.PersonalDataScreen;
import scot.qiassist.json.QiAssistJson;

/**
 * Turns a grid into the evidence JSON the evidence reader checks, remembering the cell of every
 * value, and reports what only the sheet can say: a detail or heading it does not know, a number or
 * yes/no that is not one, a row that is neither a figure nor a finding, and any cell that looks
 * like it identifies a person (every cell is screened; its text goes no further).
 */
final class SheetReading {

  final ObjectNode document = QiAssistJson.MAPPER.createObjectNode();
  final CellMap cells = new CellMap();
  final List<RowProblem> problems = new ArrayList<>();

  /** The rows of figures and findings: the rows a caller may choose to leave out. */
  final Set<Integer> dataRows = new java.util.TreeSet<>();

  SheetReading(Grid grid, MeasureCatalogue catalogue, Set<Integer> leftOut) {
    int heading = headingRow(grid);
    Details details = new Details(document, cells, problems);
    for (Grid.Row row : grid.rows()) {
      if (heading < 0 || row.number() < heading) {
        details.read(screened(row, null));
      }
    }
    if (heading < 0) {
      problems.add(
          new RowProblem(
              0,
              null,
              "the sheet has no heading row for the table of figures and findings; expected a row"
                  + " naming its columns: "
                  + String.join(", ", SheetLayout.COLUMNS.keySet())));
      return;
    }
    Grid.Row head = screened(grid.rows().get(index(grid, heading)), null);
    Table table = new Table(head, catalogue, document, cells, problems);
    for (Grid.Row row : grid.rows()) {
      if (row.number() > heading && !row.isBlank()) {
        dataRows.add(row.number());
        if (!leftOut.contains(row.number())) {
          table.read(screened(row, table));
        }
      }
    }
    table.reportUnknownHeadings();
  }

  /** The first row that names the column "measure" or "kind": the table's heading. */
  private static int headingRow(Grid grid) {
    for (Grid.Row row : grid.rows()) {
      if (SheetLayout.detail(row.cell(0)).isPresent()) {
        continue;
      }
      for (String cell : row.cells()) {
        String column = SheetLayout.column(cell).orElse("");
        if (column.equals("measure") || column.equals("kind")) {
          return row.number();
        }
      }
    }
    return -1;
  }

  private static int index(Grid grid, int rowNumber) {
    for (int i = 0; i < grid.rows().size(); i++) {
      if (grid.rows().get(i).number() == rowNumber) {
        return i;
      }
    }
    throw new IllegalStateException("no row " + rowNumber);
  }

  /**
   * The row with every cell that looks like it identifies a person reported and emptied, so that no
   * message repeats it and it goes no further. The dates of the inspection are not screened: a date
   * in figures there is the inspection's, not a birthday.
   */
  private Grid.Row screened(Grid.Row row, Table table) {
    List<String> cells = new ArrayList<>(row.cells());
    boolean dateRow =
        table == null
            && SheetLayout.detail(row.cell(0)).map(SheetLayout.DATES::contains).orElse(false);
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c).isEmpty() || (dateRow && c == 1)) {
        continue;
      }
      var found = PersonalDataScreen.check(cells.get(c));
      if (found.isPresent()) {
        String column = table != null ? table.nameOf(c) : c == 1 ? detailName(row) : Grid.letter(c);
        problems.add(
            new RowProblem(
                row.number(),
                column,
                "looks like it identifies a person: "
                    + found.get()
                    + "; evidence must be about services in aggregate, without names or details"
                    + " of children or families"));
        cells.set(c, "");
      }
    }
    return new Grid.Row(row.number(), cells);
  }

  private static String detailName(Grid.Row row) {
    return SheetLayout.detail(row.cell(0)).orElse(Grid.letter(1));
  }

  /** The array of a list field, made on first use. */
  static ArrayNode list(ObjectNode document, String field) {
    return document.has(field) ? (ArrayNode) document.get(field) : document.putArray(field);
  }
}

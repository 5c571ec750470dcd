package scot.qiassist.evidence.sheet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import scot.qiassist.evidence.MeasureCatalogue;

/**
 * The table of figures and findings: its heading row names the columns (in any order, any of them),
 * and each row below is a figure (it names a measure) or a finding (it does not).
 */
final class Table {

  private static final List<String> FIGURES = List.of("count", "of", "percent", "phrase");

  private final Grid.Row heading;
  private final List<RowProblem> problems;
  private final TableRows rows;

  /** The column each known heading is in, by its name, in sheet order. */
  private final Map<String, Integer> columns = new LinkedHashMap<>();

  /** Headings that name no column, by position, with the rows holding a value under them. */
  private final Map<Integer, List<Integer>> unknown = new TreeMap<>();

  Table(
      Grid.Row heading,
      MeasureCatalogue catalogue,
      ObjectNode document,
      CellMap cells,
      List<RowProblem> problems) {
    this.heading = heading;
    this.problems = problems;
    this.rows = new TableRows(catalogue, document, cells, problems);
    for (int c = 0; c < heading.cells().size(); c++) {
      var column = SheetLayout.column(heading.cell(c));
      if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
        problems.add(
            new RowProblem(
                heading.number(),
                Grid.letter(c),
                "the column '" + column.get() + "' is named twice; give each column once"));
      } else if (column.isEmpty()) {
        unknown.put(c, new ArrayList<>());
      }
    }
  }

  /** The name a problem gives a column: its heading, or its letter when it names no column. */
  String nameOf(int column) {
    return columns.entrySet().stream()
        .filter(e -> e.getValue() == column)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Grid.letter(column));
  }

  void read(Grid.Row row) {
    unknown.forEach(
        (c, filled) -> {
          if (!row.cell(c).isEmpty()) {
            filled.add(row.number());
          }
        });
    Map<String, String> values = new LinkedHashMap<>();
    columns.forEach((name, c) -> values.put(name, row.cell(c)));
    if (!values.getOrDefault("measure", "").isEmpty()) {
      rows.figure(row.number(), values);
    } else if (FIGURES.stream().anyMatch(c -> !values.getOrDefault(c, "").isEmpty())) {
      problems.add(
          new RowProblem(
              row.number(),
              "measure",
              "is empty; a row with a count, a percent or a phrase is a figure, and needs the"
                  + " measure it is for"));
    } else if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
      rows.finding(row.number(), values);
    }
  }

  /** Each heading QI Assist does not know with values under it, which would otherwise be lost. */
  void reportUnknownHeadings() {
    unknown.forEach(
        (c, filled) -> {
          if (filled.isEmpty()) {
            return;
          }
          String text = heading.cell(c);
          problems.add(
              new RowProblem(
                  heading.number(),
                  Grid.letter(c),
                  (text.isEmpty()
                          ? "the column has no heading"
                          : Details.quoted(text) + " is not a column QI Assist knows")
                      + ", and "
                      + (filled.size() == 1 ? "row " : "rows ")
                      + filled.stream().map(String::valueOf).collect(Collectors.joining(", "))
                      + (filled.size() == 1 ? " has a value" : " have values")
                      + " in it; name it one of "
                      + String.join(", ", SheetLayout.COLUMNS.keySet())
                      + ", or empty it"));
        });
  }
}

package scot.qiassist.evidence.sheet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;

/**
 * One row of the table as an evidence item or a finding of the JSON, each cell put at its field and
 * remembered in the cell map; numbers and yes/no read as a spreadsheet user types them.
 */
final class TableRows {

  private final MeasureCatalogue catalogue;
  private final ObjectNode document;
  private final CellMap cells;
  private final List<RowProblem> problems;

  TableRows(
      MeasureCatalogue catalogue, ObjectNode document, CellMap cells, List<RowProblem> problems) {
    this.catalogue = catalogue;
    this.document = document;
    this.cells = cells;
    this.problems = problems;
  }

  void figure(int row, Map<String, String> values) {
    for (String column : SheetLayout.FINDING_ONLY_COLUMNS) {
      if (!values.getOrDefault(column, "").isEmpty()) {
        problems.add(
            new RowProblem(
                row,
                column,
                "a row with a measure is a figure, which has no "
                    + column
                    + "; give the finding on a row of its own, without a measure"));
      }
    }
    var items = SheetReading.list(document, "evidence");
    String path = "evidence[" + items.size() + "]";
    ObjectNode item = items.addObject();
    cells.put(path, row, null);
    String measure = values.get("measure");
    text(item, path, row, "measure", "measure", measure);
    whole(item, path, row, "count", values);
    whole(item, path, row, "of", values);
    percent(item, path, row, values);
    text(item, path, row, "phrase", "phrase", values.getOrDefault("phrase", ""));
    text(item, path, row, "text", "note", values.getOrDefault("text", ""));
    statementOf(catalogue.find(measure).orElse(null), row, values.getOrDefault("statement", ""));
  }

  void finding(int row, Map<String, String> values) {
    var findings = SheetReading.list(document, "findings");
    String path = "findings[" + findings.size() + "]";
    ObjectNode finding = findings.addObject();
    cells.put(path, row, null);
    whole(finding, path, row, "statement", values);
    for (String column : List.of("kind", "weight", "aspect")) {
      text(finding, path, row, column, column, SheetValues.id(values.getOrDefault(column, "")));
    }
    text(finding, path, row, "text", "text", values.getOrDefault("text", ""));
    yesOrNo(finding, path, row, "key message", "keyMessage", values);
    yesOrNo(finding, path, row, "outstanding", "outstanding", values);
  }

  private void text(ObjectNode item, String path, int row, String column, String field, String v) {
    cells.put(path + "." + field, row, column);
    if (!v.isEmpty()) {
      item.put(field, v);
    }
  }

  private void whole(ObjectNode item, String path, int row, String column, Map<String, String> v) {
    String value = v.getOrDefault(column, "");
    cells.put(path + "." + column, row, column);
    if (value.isEmpty()) {
      return;
    }
    SheetValues.whole(value)
        .ifPresentOrElse(
            n -> item.put(column, n),
            () ->
                problems.add(
                    new RowProblem(row, column, Details.quoted(value) + " is not a whole number")));
  }

  private void percent(ObjectNode item, String path, int row, Map<String, String> v) {
    String value = v.getOrDefault("percent", "");
    cells.put(path + ".percent", row, "percent");
    if (value.isEmpty()) {
      return;
    }
    SheetValues.percent(value)
        .ifPresentOrElse(
            n -> item.put("percent", n),
            () ->
                problems.add(
                    new RowProblem(
                        row,
                        "percent",
                        Details.quoted(value)
                            + " is not a percentage; expected a number from 0 to 100, such as 88"
                            + " or 88%")));
  }

  private void yesOrNo(
      ObjectNode finding,
      String path,
      int row,
      String column,
      String field,
      Map<String, String> v) {
    String value = v.getOrDefault(column, "");
    cells.put(path + "." + field, row, column);
    if (value.isEmpty()) {
      return;
    }
    SheetValues.yesOrNo(value)
        .ifPresentOrElse(
            b -> finding.put(field, b),
            () ->
                problems.add(
                    new RowProblem(row, column, Details.quoted(value) + " is not yes or no")));
  }

  /** A figure's statement, when given, must be its measure's: the sheet says it twice. */
  private void statementOf(Measure measure, int row, String statement) {
    if (measure == null || statement.isEmpty()) {
      return;
    }
    var given = SheetValues.whole(statement);
    if (given.isEmpty() || given.get() != measure.statement()) {
      problems.add(
          new RowProblem(
              row,
              "statement",
              Details.quoted(statement)
                  + " is not the statement of '"
                  + measure.id()
                  + "', which is statement "
                  + measure.statement()
                  + "; leave the cell empty or write "
                  + measure.statement()));
    }
  }
}

package scot.qiassist.evidence.sheet;

/**
 * One thing wrong with a spreadsheet, where a person looks for it: "row 7, column phrase: 'most
 * all' is not a phrase QI Assist knows; nearest: 'almost all' (90%-99%), ...".
 *
 * @param row the row as the spreadsheet numbers it; 0 for the sheet as a whole
 * @param column the column's heading or the detail's name ("phrase", "records read"), or null for
 *     the row as a whole
 * @param message what is wrong, naming the value found and what was expected
 */
public record RowProblem(int row, String column, String message) {

  /**
   * Where the problem is, as the message starts: "row 7, column phrase", "row 6, records read" (a
   * detail above the table), "row 2", "".
   */
  public String place() {
    if (row == 0) {
      return column == null ? "" : column;
    }
    if (column == null) {
      return "row " + row;
    }
    return "row " + row + (SheetLayout.DETAILS.containsKey(column) ? ", " : ", column ") + column;
  }

  @Override
  public String toString() {
    String place = place();
    return place.isEmpty() ? message : place + ": " + message;
  }
}

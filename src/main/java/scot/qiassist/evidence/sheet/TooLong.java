package scot.qiassist.evidence.sheet;

import java.util.List;

/** The refusals of a file too large to read. */
final class TooLong {

  private TooLong() {}

  static InvalidSheetException rows(String name, int maxRows) {
    return new InvalidSheetException(
        List.of(
            new RowProblem(
                0,
                null,
                name
                    + " has more than "
                    + maxRows
                    + " rows; the evidence of one inspection takes at most 500 figures and 500"
                    + " findings")));
  }

  static InvalidSheetException bytes(String name, long size, long limit) {
    return new InvalidSheetException(
        List.of(
            new RowProblem(
                0, null, name + " is " + size + " bytes; the limit is " + limit + " bytes")));
  }
}

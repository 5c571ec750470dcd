package scot.qiassist.evidence.sheet;

import java.util.List;
import scot.qiassist.evidence.InvalidInputException;
import scot.qiassist.evidence.Problem;

/** A spreadsheet that cannot be imported, with every problem found in it, each at its row. */
public final class InvalidSheetException extends InvalidInputException {

  private final transient List<RowProblem> rowProblems;

  public InvalidSheetException(List<RowProblem> problems) {
    super("spreadsheet", problems.stream().map(p -> new Problem(p.place(), p.message())).toList());
    this.rowProblems = List.copyOf(problems);
  }

  /** Every problem, by row and column. */
  public List<RowProblem> rowProblems() {
    return rowProblems;
  }
}

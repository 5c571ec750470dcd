package scot.qiassist.versions;

import java.util.List;
import scot.qiassist.evidence.Problem;

/**
 * A candidate or an activation that cannot be taken as sent: each problem at its field, naming the
 * value and what was expected. Nothing was stored, checked or activated.
 */
public final class InvalidRequestException extends Exception {

  private final String what;
  private final List<Problem> problems;

  /**
   * @param what "candidate" or "activation", for the message
   */
  public InvalidRequestException(String what, List<Problem> problems) {
    super(
        "The "
            + what
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem: " : " problems: ")
            + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.what = what;
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String what, Problem problem) {
    this(what, List.of(problem));
  }

  public String what() {
    return what;
  }

  public List<Problem> problems() {
    return problems;
  }
}

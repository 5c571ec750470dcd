package scot.qiassist.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found in it, each at its JSON path. */
public abstract class InvalidInputException extends Exception {

  private final transient List<Problem> problems;

  /**
   * @param what the input in words, for the message: "evidence", "decision"
   * @param problems every problem found, in the order found
   */
  protected InvalidInputException(String what, List<Problem> problems) {
    super(
        "The "
            + what
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}

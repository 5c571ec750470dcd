package scot.qiassist.moderation;

import java.util.List;
import java.util.stream.Collectors;
import scot.qiassist.evidence.Problem;

/** A decision that cannot be recorded, with every problem found in it, each at its field. */
public final class InvalidDecisionException extends Exception {

  private final transient List<Problem> problems;

  public InvalidDecisionException(List<Problem> problems) {
    super(
        "The decision has "
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

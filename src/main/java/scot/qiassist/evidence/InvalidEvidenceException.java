package scot.qiassist.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** Evidence that cannot be evaluated, with every problem found in it. */
public final class InvalidEvidenceException extends Exception {

  private final transient List<Problem> problems;

  public InvalidEvidenceException(List<Problem> problems) {
    super(
        "The evidence has "
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

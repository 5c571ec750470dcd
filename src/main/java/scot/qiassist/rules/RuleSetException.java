package scot.qiassist.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be used, with every problem found, each with its file and line. */
public final class RuleSetException extends Exception {

  private final transient List<RuleProblem> problems;

  public RuleSetException(List<RuleProblem> problems) {
    super(
        "The rule files have "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}

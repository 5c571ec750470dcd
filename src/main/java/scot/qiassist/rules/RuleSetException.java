package scot.qiassist.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be used, with every problem found, each with its file and line. */
public final class RuleSetException extends Exception {

  private final transient List<RuleProblem> problems;

  public RuleSetException(List<RuleProblem> problems) {
    this("The rule files", problems);
  }

  /**
   * The same problems, saying whose they are where two rule sets are in play, such as "The new
   * rules in /tmp/proposed".
   */
  public RuleSetException(String whose, List<RuleProblem> problems) {
    super(
        whose
            + " have "
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

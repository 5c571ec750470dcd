package scot.qiassist.evaluation;

import java.util.List;

/** The rules kept firing past the cap: some rule's conclusion keeps re-enabling a rule. */
public final class RuleLoopException extends RuntimeException {

  private final transient List<String> busiest;

  public RuleLoopException(int cap, List<String> busiest) {
    super(
        "The rules fired more than "
            + cap
            + " times for one evaluation, so they were stopped; a rule is"
            + " probably re-enabling itself or another. The rules that fired most: "
            + String.join(", ", busiest));
    this.busiest = List.copyOf(busiest);
  }

  public List<String> busiest() {
    return busiest;
  }
}

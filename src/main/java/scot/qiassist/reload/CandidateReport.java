package scot.qiassist.reload;

import java.util.List;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.rules.CheckReport;

/**
 * What a candidate set of rule files would do, found without activating it: the check, the examples
 * against their expected outcomes, and the impact against the rules in service. The example results
 * and the impact are empty when the candidate does not compile.
 */
public record CandidateReport(
    CheckReport check, List<ExampleResult> examples, ImpactReport impact) {

  public CandidateReport {
    examples = List.copyOf(examples);
  }

  public boolean wouldActivate() {
    return check.passes(false) && examples.stream().allMatch(ExampleResult::passed);
  }
}

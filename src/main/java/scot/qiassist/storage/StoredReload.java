package scot.qiassist.storage;

import java.time.Instant;
import java.util.List;
import scot.qiassist.rules.RuleProblem;

/**
 * One reload tried, as the database keeps it: activated, or refused with its problems.
 *
 * @param version the candidate's version, or null when it did not compile
 * @param errors the problems with the rule files
 * @param examples the examples whose outcome would have changed, each with its differences
 */
public record StoredReload(
    Instant at,
    String by,
    boolean activated,
    String version,
    List<RuleProblem> errors,
    List<String> examples) {

  public StoredReload {
    errors = List.copyOf(errors);
    examples = List.copyOf(examples);
  }
}

package scot.qiassist.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One firing of one rule, explained: the rule, where it is written, its metadata, its explanation
 * filled with the figures it matched, and those facts.
 */
public record FiredRule(
    String ruleId,
    String name,
    String file,
    int line,
    Map<String, String> metadata,
    String explanation,
    List<String> facts) {

  public FiredRule {
    metadata = scot.qiassist.rules.RuleInfo.sorted(metadata);
    facts = List.copyOf(facts);
  }
}

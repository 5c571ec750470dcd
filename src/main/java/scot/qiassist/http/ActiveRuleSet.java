package scot.qiassist.http;

import java.util.Objects;
import java.util.function.Supplier;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.rules.RuleSet;

/**
 * The rule set the service evaluates with now. A request reads it once and keeps that rule set for
 * all its work, so that an activation (here or on another instance) swaps it whole without a
 * request seeing two.
 */
public final class ActiveRuleSet {

  private final Supplier<RuleSet> current;

  /** The rule set in service on this instance, as the database every instance shares has it. */
  public ActiveRuleSet(RulesInService rules) {
    this.current = Objects.requireNonNull(rules, "the rules in service")::current;
  }

  public RuleSet current() {
    return current.get();
  }
}

package scot.qiassist.http;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import scot.qiassist.rules.RuleSet;

/**
 * The rule set the service evaluates with now. A request reads it once and keeps that rule set for
 * all its work, so a later reload can swap it whole without a request seeing two.
 */
public final class ActiveRuleSet {

  private final AtomicReference<RuleSet> current;

  public ActiveRuleSet(RuleSet initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "a rule set"));
  }

  public RuleSet current() {
    return current.get();
  }

  /** Puts a new rule set in place for every request that starts from now on. */
  public void replace(RuleSet next) {
    current.set(Objects.requireNonNull(next, "a rule set"));
  }
}

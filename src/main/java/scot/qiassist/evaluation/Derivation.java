package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.InitialFact;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * What each fact derived in one session rests on: the one figure or finding a local rule matched
 * (or what that fact rests on in turn), {@link #POLICY} when a local rule matched only the policy's
 * facts, and {@link #NOT_LOCAL} when the rule that derived it was not local. Not shared between
 * threads.
 */
final class Derivation extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

  /** What a fact derived from the policy's facts alone rests on. */
  static final Object POLICY = new Object();

  /** What a fact derived by a rule that is not local rests on. */
  static final Object NOT_LOCAL = new Object();

  /** A conclusion and what it rests on. */
  record Derived(Conclusion conclusion, Object root) {}

  private final RuleShapes shapes;
  private final Set<Object> policy = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Object, Object> roots = new IdentityHashMap<>();
  private final Map<Object, List<Object>> byRoot = new IdentityHashMap<>();
  private final List<Derived> conclusions = new ArrayList<>();
  private final Set<Class<?>> derivedClasses = new HashSet<>();
  private Object current;
  private boolean sound = true;

  Derivation(RuleShapes shapes, List<Object> policyFacts) {
    this.shapes = shapes;
    this.policy.addAll(policyFacts);
  }

  /** A figure or finding inserted from the evidence: it rests on itself. */
  void root(Object evidence) {
    roots.put(evidence, evidence);
    byRoot.putIfAbsent(evidence, new ArrayList<>());
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    Match match = event.getMatch();
    if (!shapes.isLocal(match.getRule())) {
      current = NOT_LOCAL;
      return;
    }
    current = POLICY;
    int ofEvidence = 0;
    for (Object matched : match.getObjects()) {
      if (matched == null || matched instanceof InitialFact || policy.contains(matched)) {
        continue;
      }
      ofEvidence++;
      current = roots.get(matched);
    }
    if (ofEvidence > 1 || current == null) {
      // A rule judged local matched two facts of the evidence, or one of unknown origin.
      sound = false;
      current = NOT_LOCAL;
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() == null || current == null) {
      return;
    }
    Object fact = event.getObject();
    roots.put(fact, current);
    byRoot.computeIfAbsent(current, k -> new ArrayList<>()).add(fact);
    derivedClasses.add(fact.getClass());
    if (fact instanceof Conclusion c) {
      conclusions.add(new Derived(c, current));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    sound = false; // rules may not change facts; if one did, nothing here holds
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    sound = false;
  }

  void unsound() {
    sound = false;
  }

  /** Whether every firing was as the rules' shapes say: each local one on one fact at most. */
  boolean sound() {
    return sound;
  }

  /** The facts derived, by what they rest on, in the order they were derived. */
  List<Object> restingOn(Object root) {
    return byRoot.getOrDefault(root, List.of());
  }

  Map<Object, List<Object>> byRoot() {
    return byRoot;
  }

  List<Derived> conclusions() {
    return conclusions;
  }

  Set<Class<?>> derivedClasses() {
    return derivedClasses;
  }
}

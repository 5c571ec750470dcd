package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import scot.qiassist.evidence.Finding;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.StandardWords;

/**
 * What the compiled rules of a rule set read, so that what-if knows when it may weigh a change of
 * one figure or finding from the facts of the evidence as it stands instead of evaluating it whole.
 *
 * <p>A rule of the classification or decisions phase is <em>local</em> when its conditions are
 * facts that must all be there (no {@code not}, {@code exists}, {@code forall}, {@code collect},
 * {@code accumulate} or {@code from}) of which at most one is of the evidence (a figure, a finding,
 * or what rules derived from them): the others are the policy's own facts, the same for every
 * variant. Whatever a local rule concludes then rests on one figure or finding alone. The other
 * rules of those phases are recorded with the facts they read, and the property and the value a
 * condition requires ({@code measure == "plan-present"}), so that a change whose facts none of them
 * can read is known to leave their conclusions as they were.
 *
 * <p>Reads Drools' compiled rules ({@code drools-base}, pinned with Drools 10.2.0): the public
 * {@link KieBase} says which rules there are, not what they match. Anything this class does not
 * recognise makes it say the rules cannot be weighed this way, and what-if evaluates each change
 * whole, as before.
 */
final class RuleShapes {

  /** The starting facts that are the same for every variant of one evidence document. */
  static final Set<Class<?>> POLICY_FACTS =
      Set.of(
          StandardWords.class,
          GradeParameters.class,
          EvidenceBase.class,
          StatementEvidence.class,
          Band.class);

  /** The starting facts a variant changes: one per figure and one per finding. */
  static final Set<Class<?>> EVIDENCE_FACTS = Set.of(Share.class, Finding.class);

  private static final Set<String> DERIVING = Set.of("classification", "decisions");
  private static final Set<String> WEIGHING = Set.of("weigh", "grade");

  /** A fact a rule reads that is not local: its type and the values its conditions require. */
  private record Read(Class<?> type, List<IndexableConstraint> required) {}

  private final Set<String> local = new HashSet<>();

  /** The same, by the rule objects matches carry: a firing asks without building its name. */
  private final Map<Rule, Boolean> localByRule = new ConcurrentHashMap<>();

  private final List<Read> nonLocalReads = new ArrayList<>();
  private final List<Class<?>> weighingReads = new ArrayList<>();
  private boolean nonLocalReadsAnything;
  private String unusable;

  private RuleShapes() {}

  static RuleShapes of(KieBase kieBase) {
    RuleShapes shapes = new RuleShapes();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        shapes.add(rule);
        if (shapes.unusable != null) {
          return shapes;
        }
      }
    }
    return shapes;
  }

  private void add(Rule rule) {
    if (!(rule instanceof RuleImpl impl)) {
      unusable = "a rule Drools gives in an unknown form: " + rule.getName();
      return;
    }
    String group = impl.getAgendaGroup();
    if (!DERIVING.contains(group) && !WEIGHING.contains(group)) {
      unusable = "rule '" + rule.getName() + "' runs outside the four phases";
    } else if ((impl.getActivationGroup() != null && !impl.getActivationGroup().isEmpty())
        || impl.getAutoFocus()
        || impl.isLockOnActive()) {
      unusable = "rule '" + rule.getName() + "' depends on the order rules fire in";
    } else if (WEIGHING.contains(group)) {
      List<Read> reads = new ArrayList<>();
      if (!reads(impl.getLhs(), reads)) {
        unusable = "rule '" + rule.getName() + "' reads facts from an expression";
      }
      reads.forEach(r -> weighingReads.add(r.type()));
    } else if (isLocal(impl.getLhs())) {
      local.add(qualified(rule));
    } else if (!reads(impl.getLhs(), nonLocalReads)) {
      nonLocalReadsAnything = true;
    }
  }

  private static String qualified(Rule rule) {
    return rule.getPackageName() + "." + rule.getName();
  }

  /** Why the rules cannot be weighed one fact at a time, or null when they can. */
  String unusable() {
    return unusable;
  }

  /** Whether this rule of the first two phases is local. */
  boolean isLocal(Rule rule) {
    return localByRule.computeIfAbsent(rule, r -> local.contains(qualified(r)));
  }

  /** Whether some rule of the first two phases that is not local could read this fact. */
  boolean readByNonLocal(Object fact) {
    if (nonLocalReadsAnything) {
      return true;
    }
    for (Read read : nonLocalReads) {
      if (read.type().isInstance(fact) && mayMatch(read.required(), fact)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some rule of the weigh or grade phases reads facts of this class. */
  boolean weighingReads(Class<?> factClass) {
    return weighingReads.stream().anyMatch(t -> t.isAssignableFrom(factClass));
  }

  private static boolean isLocal(GroupElement lhs) {
    if (!lhs.isAnd()) {
      return false;
    }
    int ofEvidence = 0;
    for (RuleConditionElement element : lhs.getChildren()) {
      if (element instanceof EvalCondition) {
        continue; // reads only what the patterns bound
      }
      if (!(element instanceof Pattern p) || !fromWorkingMemory(p) || type(p) == null) {
        return false;
      }
      if (!POLICY_FACTS.contains(type(p)) && !InitialFact.class.isAssignableFrom(type(p))) {
        ofEvidence++;
      }
    }
    return ofEvidence <= 1;
  }

  /**
   * Adds every fact the conditions read from working memory; false when a condition reads facts
   * some other way (an expression after {@code from}) or is of a kind not known here.
   */
  private static boolean reads(RuleConditionElement element, List<Read> reads) {
    if (element instanceof GroupElement group) {
      return group.getChildren().stream().allMatch(c -> reads(c, reads));
    }
    if (element instanceof EvalCondition) {
      return true;
    }
    if (element instanceof Forall forall) {
      return forall.getNestedElements().stream().allMatch(c -> reads(c, reads));
    }
    if (!(element instanceof Pattern p)) {
      return false;
    }
    if (p.getSource() instanceof Collect collect) {
      return reads(collect.getSourcePattern(), reads);
    }
    if (p.getSource() instanceof Accumulate accumulate) {
      return reads(accumulate.getSource(), reads);
    }
    if (!fromWorkingMemory(p) || type(p) == null) {
      return false;
    }
    reads.add(new Read(type(p), required(p)));
    return true;
  }

  private static boolean fromWorkingMemory(Pattern p) {
    return p.getSource() == null || EntryPointId.DEFAULT.equals(p.getSource());
  }

  private static Class<?> type(Pattern p) {
    return p.getObjectType() instanceof ClassObjectType t ? t.getClassType() : null;
  }

  /** The conditions of a pattern that require a property to equal a text: measure == "x". */
  private static List<IndexableConstraint> required(Pattern p) {
    List<IndexableConstraint> required = new ArrayList<>();
    for (Constraint c : p.getConstraints()) {
      if (c instanceof IndexableConstraint ic
          && c.getType() == Constraint.ConstraintType.ALPHA
          && ic.getConstraintType() == ConstraintTypeOperator.EQUAL
          && ic.getField() != null
          && ic.getField().getValue() instanceof String) {
        required.add(ic);
      }
    }
    return required;
  }

  /** False only when the fact certainly fails one of the required texts. */
  private static boolean mayMatch(List<IndexableConstraint> required, Object fact) {
    for (IndexableConstraint c : required) {
      try {
        Object value = c.getFieldExtractor().getValue(null, fact);
        if (value instanceof String s && !s.equals(c.getField().getValue())) {
          return false;
        }
      } catch (RuntimeException e) {
        return true; // cannot tell: assume it may match
      }
    }
    return true;
  }
}

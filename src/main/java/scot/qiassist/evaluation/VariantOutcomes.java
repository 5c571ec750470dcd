package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.terms.Band;

/**
 * The outcomes of many variants of one evidence document, each differing from it in a few figures
 * or findings, without evaluating each whole: what what-if weighs.
 *
 * <p>The document's figures and findings are classified and decided once, recording which figure or
 * finding each derived fact rests on. The figures and findings the variants bring instead are
 * classified and decided once, all together in one session where only local rules fire ({@link
 * RuleShapes}): what a local rule concludes rests on one figure or finding, so they cannot act on
 * each other. A variant's conclusions are the document's, less those resting on what it changed,
 * plus those of what it brought; the weigh and grade phases give its grade ({@link
 * Evaluator#gradeOf}).
 *
 * <p>A variant is weighed so only where that gives what its whole evaluation gives: no rule that is
 * not local can read what it changed, what the evidence bears on is unchanged, and the weigh and
 * grade phases read no fact of the first two phases but conclusions. Otherwise {@link #of} is empty
 * and the caller evaluates the variant whole.
 */
public final class VariantOutcomes {

  private final Evaluator evaluator;
  private final EvidenceDocument document;
  private final RuleShapes shapes;
  private final EvidenceBase base;
  private final List<Object> policyFacts = new ArrayList<>();
  private final Map<EvidenceItem, Share> shares = new IdentityHashMap<>();
  private final List<Object> evidence = new ArrayList<>();
  private final Derivation derived;
  private final Map<Object, List<Object>> brought = new HashMap<>();
  private boolean usable;

  private VariantOutcomes(
      Evaluator evaluator, EvidenceDocument document, Collection<EvidenceDocument> variants) {
    this.evaluator = evaluator;
    this.document = document;
    this.shapes = RuleShapes.of(evaluator.rules().kieBase());
    this.base = EvidenceBase.of(document, evaluator.rules().measures());
    evaluator.facts(document).stream().filter(f -> !isEvidence(f)).forEach(policyFacts::add);
    for (EvidenceItem item : document.evidence()) {
      shareOf(item)
          .ifPresent(
              s -> {
                shares.put(item, s);
                evidence.add(s);
              });
    }
    evidence.addAll(document.findings());
    if (shapes.unusable() != null) {
      this.derived = null;
      return;
    }
    // The variants' figures and findings on another core while the document's own are derived.
    List<Object> items = new ArrayList<>(brought(variants));
    CompletableFuture<Derivation> union = CompletableFuture.supplyAsync(() -> derive(items, true));
    this.derived = derive(evidence, false);
    this.usable = derived.sound() && take(union.join());
  }

  /** The same document's outcomes, to bring the figures and findings of more variants to. */
  private VariantOutcomes(VariantOutcomes from) {
    this.evaluator = from.evaluator;
    this.document = from.document;
    this.shapes = from.shapes;
    this.base = from.base;
    this.policyFacts.addAll(from.policyFacts);
    this.shares.putAll(from.shares);
    this.evidence.addAll(from.evidence);
    this.derived = from.derived;
    this.brought.putAll(from.brought);
    this.usable = from.usable;
  }

  /**
   * Prepares the outcomes of these variants of the document: classifies and decides the document's
   * figures and findings once, and those the variants bring once, together.
   */
  public static VariantOutcomes of(
      Evaluator evaluator, EvidenceDocument document, Collection<EvidenceDocument> variants) {
    return new VariantOutcomes(evaluator, document, variants);
  }

  /** These outcomes with those of more variants of the same document prepared as well. */
  public VariantOutcomes with(Collection<EvidenceDocument> more) {
    VariantOutcomes with = new VariantOutcomes(this);
    if (usable) {
      List<Object> items = new ArrayList<>(brought(more));
      items.removeIf(brought::containsKey);
      with.usable = with.take(derive(items, true));
    }
    return with;
  }

  /**
   * Keeps what each figure or finding of a derivation of local rules rests on; false if unsound.
   */
  private boolean take(Derivation union) {
    if (!union.sound() || !weighable(union)) {
      return false;
    }
    union
        .byRoot()
        .forEach(
            (root, facts) -> {
              if (isEvidence(root)) {
                brought.put(root, facts);
              }
            });
    return true;
  }

  /** Why variants cannot be weighed from the document's facts, or null when they can. */
  public String unusable() {
    if (shapes.unusable() != null) {
      return shapes.unusable();
    }
    return usable ? null : "the rules did not derive facts as their shapes say";
  }

  /**
   * The variant's grade and conclusions, as {@link Evaluator#outcome} gives them (the conclusions
   * in another order); empty when they cannot be had without evaluating the variant whole.
   */
  public Optional<Outcome> of(EvidenceDocument variant) {
    if (!usable || !bearsOnTheSame(variant)) {
      return Optional.empty();
    }
    Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> added = new ArrayList<>();
    if (!diff(variant, removed, added)) {
      return Optional.empty();
    }
    for (Object root : removed) {
      if (readByNonLocal(root, derived.restingOn(root))) {
        return Optional.empty();
      }
    }
    List<Conclusion> conclusions = new ArrayList<>();
    for (Derivation.Derived d : derived.conclusions()) {
      if (!removed.contains(d.root())) {
        conclusions.add(d.conclusion());
      }
    }
    for (Object fact : added) {
      List<Object> resting = brought.get(fact);
      if (resting == null || readByNonLocal(fact, resting)) {
        return Optional.empty();
      }
      resting.stream()
          .filter(Conclusion.class::isInstance)
          .map(Conclusion.class::cast)
          .forEach(conclusions::add);
    }
    try {
      return Optional.of(new Outcome(evaluator.gradeOf(conclusions, base), conclusions));
    } catch (RuntimeException e) {
      return Optional
          .empty(); // the whole evaluation reports it, naming the rules, as it always has
    }
  }

  /**
   * Whether the variant's evidence base is the document's: at once when it has the same samples,
   * the same measures in the same places and findings on the same statements (all the base counts),
   * else by building it.
   */
  private boolean bearsOnTheSame(EvidenceDocument variant) {
    List<EvidenceItem> items = variant.evidence();
    boolean same =
        variant.samples().equals(document.samples())
            && items.size() == document.evidence().size()
            && statements(variant).equals(statements(document));
    for (int i = 0; same && i < items.size(); i++) {
      EvidenceItem before = document.evidence().get(i);
      same = items.get(i) == before || items.get(i).measure().equals(before.measure());
    }
    return same || EvidenceBase.of(variant, evaluator.rules().measures()).equals(base);
  }

  private static Set<Integer> statements(EvidenceDocument d) {
    Set<Integer> statements = new HashSet<>();
    d.findings().forEach(f -> statements.add(f.statement()));
    return statements;
  }

  private boolean readByNonLocal(Object root, List<Object> resting) {
    return shapes.readByNonLocal(root) || resting.stream().anyMatch(shapes::readByNonLocal);
  }

  /**
   * The document's figures and findings the variant no longer has, and the variant's that the
   * document does not have (by identity: a variant keeps the entries it does not change); false
   * when a figure's measure is unknown.
   */
  private boolean diff(EvidenceDocument variant, Set<Object> removed, List<Object> added) {
    Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (EvidenceItem item : variant.evidence()) {
      Share share = shares.get(item);
      if (share != null) {
        kept.add(share);
        continue;
      }
      Optional<Share> changed = shareOf(item);
      if (changed.isEmpty()) {
        return false;
      }
      added.add(changed.get());
    }
    Set<Finding> before = Collections.newSetFromMap(new IdentityHashMap<>());
    before.addAll(document.findings());
    Set<Finding> after = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Finding f : variant.findings()) {
      after.add(f);
      if (!before.contains(f)) {
        added.add(f);
      }
    }
    shares.values().stream().filter(s -> !kept.contains(s)).forEach(removed::add);
    document.findings().stream().filter(f -> !after.contains(f)).forEach(removed::add);
    return true;
  }

  private Optional<Share> shareOf(EvidenceItem item) {
    return evaluator
        .rules()
        .measures()
        .find(item.measure())
        .map(m -> Share.of(item, m, evaluator.rules().phrases()));
  }

  /** Every figure and finding some variant brings that the document does not have, once each. */
  private Set<Object> brought(Collection<EvidenceDocument> variants) {
    Set<Object> all = new LinkedHashSet<>();
    for (EvidenceDocument v : variants) {
      List<Object> added = new ArrayList<>();
      if (diff(v, Collections.newSetFromMap(new IdentityHashMap<>()), added)) {
        all.addAll(added);
      }
    }
    return all;
  }

  /**
   * Fires the first two phases over the policy's facts and these figures and findings, recording
   * what each derived fact rests on; with {@code localOnly}, only local rules fire.
   */
  private Derivation derive(List<Object> facts, boolean localOnly) {
    KieSession session = evaluator.rules().kieBase().newKieSession();
    Derivation derivation = new Derivation(shapes, policyFacts);
    session.addEventListener((AgendaEventListener) derivation);
    session.addEventListener((RuleRuntimeEventListener) derivation);
    try {
      policyFacts.forEach(session::insert);
      for (Object fact : facts) {
        derivation.root(fact);
        session.insert(fact);
      }
      session.getAgenda().getAgendaGroup("decisions").setFocus();
      session.getAgenda().getAgendaGroup("classification").setFocus();
      int fired =
          localOnly
              ? session.fireAllRules(m -> shapes.isLocal(m.getRule()), Evaluator.FIRING_CAP)
              : session.fireAllRules(Evaluator.FIRING_CAP);
      if (fired >= Evaluator.FIRING_CAP) {
        derivation.unsound();
      }
      return derivation;
    } catch (RuntimeException e) {
      // A rule that fails here fails in the whole evaluation too, which reports it as it always
      // has.
      derivation.unsound();
      return derivation;
    } finally {
      session.dispose();
    }
  }

  /**
   * Whether the weigh and grade phases, given the conclusions and the policy's facts alone, decide
   * as in the whole evaluation: they read no other fact of the first two phases, and those phases
   * derive no fact of the policy's kinds.
   */
  private boolean weighable(Derivation union) {
    Set<Class<?>> others = new HashSet<>(derived.derivedClasses());
    others.addAll(union.derivedClasses());
    if (others.stream().anyMatch(RuleShapes.POLICY_FACTS::contains)) {
      return false;
    }
    others.addAll(RuleShapes.EVIDENCE_FACTS);
    others.add(Band.class);
    others.remove(Conclusion.class);
    return others.stream().noneMatch(shapes::weighingReads);
  }

  private static boolean isEvidence(Object fact) {
    return fact instanceof Share || fact instanceof Finding;
  }
}

package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.kie.api.runtime.KieSession;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.Grade;
import scot.qiassist.grade.GradeDecision;
import scot.qiassist.rules.RuleInfo;
import scot.qiassist.rules.RuleSet;

/**
 * Evaluates one evidence document under one rule set, in a fresh session of its own.
 *
 * <p>Rules run in four phases, by agenda group: classification (figures to standard words),
 * decisions (readings and findings to strengths, areas for improvement and key messages), weigh
 * (the balance of those), and grade (each grade's criteria against the balance).
 */
public final class Evaluator {

  /** Far above any real rule set's firings (the reference evaluation fires about 200). */
  public static final int FIRING_CAP = 20_000;

  /**
   * The phases by agenda group, in the order their focus is set: the last set runs first, so
   * classification runs first and grade last.
   */
  public static final List<String> PHASES =
      List.of("grade", "weigh", "decisions", "classification");

  private final RuleSet rules;

  /**
   * Each fired rule's catalogue entry by package and name, found once per evaluator: joining the
   * qualified name for every firing and hashing it again was the largest single cost of writing a
   * result.
   */
  private final Map<String, Map<String, RuleInfo>> catalogue = new ConcurrentHashMap<>();

  public Evaluator(RuleSet rules) {
    this.rules = rules;
  }

  private RuleInfo rule(String packageName, String ruleName) {
    Map<String, RuleInfo> inPackage = catalogue.get(packageName);
    if (inPackage == null) {
      inPackage = catalogue.computeIfAbsent(packageName, p -> new ConcurrentHashMap<>());
    }
    RuleInfo rule = inPackage.get(ruleName);
    if (rule == null) {
      rule = rules.rule(packageName, ruleName);
      if (rule != null) {
        inPackage.put(ruleName, rule);
      }
    }
    return rule;
  }

  public RuleSet rules() {
    return rules;
  }

  public Evaluation evaluate(EvidenceDocument evidence) {
    KieSession session = open(evidence);
    Trace trace = new Trace();
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
    session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
    try {
      if (session.fireAllRules(FIRING_CAP) >= FIRING_CAP) {
        throw new RuleLoopException(FIRING_CAP, trace.busiest(5));
      }
      return new ResultWriter(rules, this::rule, trace.firings(), evidence).write();
    } finally {
      session.dispose();
    }
  }

  /**
   * What {@link #evaluate} decides (grade, key messages, deciding criteria, gaps and the rules that
   * fired) without writing the result: no explanation is filled and no fact described, for callers
   * that compare decisions over many documents (impact).
   */
  public Decided decided(EvidenceDocument evidence) {
    KieSession session = open(evidence);
    DecisionTrace trace = new DecisionTrace(this::rule);
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
    session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
    try {
      fire(session, evidence);
      return trace.decided();
    } finally {
      session.dispose();
    }
  }

  /**
   * Only the grade the evidence supports: the same rules and the same decision as {@link
   * #evaluate}, without tracing the firings or writing explanations, for callers that weigh many
   * variants of one document (what-if). Null when the evidence is not enough to grade.
   */
  public Grade grade(EvidenceDocument evidence) {
    KieSession session = open(evidence);
    try {
      fire(session, evidence);
      return decide(session);
    } finally {
      session.dispose();
    }
  }

  /**
   * The grade with the conclusions it rests on: the same rules and decision as {@link #grade}, for
   * what-if, which composes changes of the evidence by their conclusions.
   */
  public Outcome outcome(EvidenceDocument evidence) {
    KieSession session = open(evidence);
    try {
      fire(session, evidence);
      List<Conclusion> conclusions =
          session.getObjects(o -> o instanceof Conclusion).stream()
              .map(Conclusion.class::cast)
              .toList();
      return new Outcome(decide(session), conclusions);
    } finally {
      session.dispose();
    }
  }

  /**
   * The grade that the weigh and grade phases give a set of conclusions over an evidence base,
   * without reading any figure or finding: how what-if weighs a combination of changes whose
   * conclusions it has composed. Null when the evidence base is not enough to grade.
   */
  public Grade gradeOf(List<Conclusion> conclusions, EvidenceBase base) {
    KieSession session = rules.kieBase().newKieSession();
    try {
      session.insert(rules.standardWords());
      session.insert(rules.gradeParameters());
      session.insert(base);
      base.byStatement().forEach(session::insert);
      conclusions.forEach(session::insert);
      session.getAgenda().getAgendaGroup("grade").setFocus();
      session.getAgenda().getAgendaGroup("weigh").setFocus();
      if (session.fireAllRules(FIRING_CAP) >= FIRING_CAP) {
        throw new RuleLoopException(FIRING_CAP, List.of());
      }
      return decide(session);
    } finally {
      session.dispose();
    }
  }

  private void fire(KieSession session, EvidenceDocument evidence) {
    if (session.fireAllRules(FIRING_CAP) >= FIRING_CAP) {
      evaluate(evidence); // throws, naming the rules that loop
      throw new RuleLoopException(FIRING_CAP, List.of());
    }
  }

  /** The grade of a session's criteria, or null when it found the evidence not enough. */
  private static Grade decide(KieSession session) {
    List<CriterionResult> criteria =
        session.getObjects(o -> o instanceof Criterion).stream()
            .map(Criterion.class::cast)
            .map(c -> new CriterionResult(c.grade(), null, null, c.met(), null, null, 0))
            .toList();
    boolean sufficient = session.getObjects(o -> o instanceof Insufficient).isEmpty();
    return GradeDecision.gradeOf(criteria, sufficient);
  }

  /** A fresh session with the evidence's facts inserted and the phases in order. */
  private KieSession open(EvidenceDocument evidence) {
    KieSession session = rules.kieBase().newKieSession();
    facts(evidence).forEach(session::insert);
    PHASES.forEach(phase -> session.getAgenda().getAgendaGroup(phase).setFocus());
    return session;
  }

  /**
   * Every fact a session of this evidence starts with: the policy tables' facts, what the evidence
   * bears on, each figure as a share of its measure, and the inspectors' findings.
   */
  public List<Object> facts(EvidenceDocument evidence) {
    List<Object> facts = new ArrayList<>();
    facts.add(rules.standardWords());
    facts.add(rules.gradeParameters());
    EvidenceBase base = EvidenceBase.of(evidence, rules.measures());
    facts.add(base);
    facts.addAll(base.byStatement());
    facts.addAll(rules.standardWords().bands());
    for (EvidenceItem item : evidence.evidence()) {
      rules
          .measures()
          .find(item.measure())
          .ifPresent(m -> facts.add(Share.of(item, m, rules.phrases())));
    }
    facts.addAll(evidence.findings());
    return facts;
  }

  /** Turns one session's trace into the result a person or a program reads. */
  private static final class ResultWriter {
    private final RuleSet rules;
    private final BiFunction<String, String, RuleInfo> catalogue;
    private final List<Trace.Firing> firings;
    private final EvidenceDocument evidence;

    ResultWriter(
        RuleSet rules,
        BiFunction<String, String, RuleInfo> catalogue,
        List<Trace.Firing> firings,
        EvidenceDocument evidence) {
      this.rules = rules;
      this.catalogue = catalogue;
      this.firings = firings;
      this.evidence = evidence;
    }

    Evaluation write() {
      List<FiredRule> fired = new ArrayList<>();
      List<Judgement> judgements = new ArrayList<>();
      List<CriterionResult> criteria = new ArrayList<>();
      List<Reading> readings = new ArrayList<>();
      List<BoundaryWarning> boundaries = new ArrayList<>();
      List<Insufficient> gaps = new ArrayList<>();
      Map<Object, List<String>> dependents = new IdentityHashMap<>();
      // A fact matched by many rules (a reading, the balance) is described once.
      Descriptions describe = Descriptions.forOneEvaluation();
      Balance balance = Balance.of(List.of(), rules.gradeParameters());
      for (Trace.Firing f : firings) {
        RuleInfo rule = catalogue.apply(f.packageName(), f.ruleName());
        String explanation = Templates.fill(rule.explanation(), f.bindings(), describe);
        List<String> facts = new ArrayList<>();
        for (Object m : f.matched()) {
          if (Describe.isEvidence(m)) {
            facts.add(describe.of(m));
          }
        }
        fired.add(
            new FiredRule(
                rule.id(),
                rule.name(),
                rule.file(),
                rule.line(),
                rule.metadata(),
                explanation,
                facts));
        if (f.inserted().stream().anyMatch(Conclusion.class::isInstance)) {
          f.matched()
              .forEach(m -> dependents.computeIfAbsent(m, k -> new ArrayList<>()).add(rule.id()));
        }
        for (Object inserted : f.inserted()) {
          if (inserted instanceof Conclusion c) {
            judgements.add(judgement(c, rule, f, facts, describe));
          } else if (inserted instanceof Criterion c) {
            criteria.add(
                new CriterionResult(
                    c.grade(),
                    rule.id(),
                    rule.name(),
                    c.met(),
                    explanation,
                    rule.file(),
                    rule.line()));
          } else if (inserted instanceof Reading r) {
            readings.add(r);
          } else if (inserted instanceof BoundaryWarning w) {
            boundaries.add(w);
          } else if (inserted instanceof Insufficient gap) {
            gaps.add(
                new Insufficient(
                    gap.statement(),
                    Templates.fill(gap.missing(), f.bindings(), describe),
                    Templates.fill(gap.toFill(), f.bindings(), describe)));
          } else if (inserted instanceof Balance b) {
            balance = b;
          }
        }
      }
      gaps.sort(
          Comparator.comparing((Insufficient g) -> g.statement() == null ? 5 : g.statement()));
      GradeDecision decision = GradeDecision.from(criteria, gaps);
      judgements.sort(Comparator.comparingInt(Judgement::statement));
      return new Evaluation(
          evidence.partnership(),
          decision.graded()
              ? new Evaluation.GradeView(decision.grade().value(), decision.grade().label())
              : null,
          new Evaluation.GradeReasons(
              decision.summary(), decision.notHigher(), decision.notLower()),
          decision.insufficient(),
          judgements.stream().filter(Judgement::keyMessage).toList(),
          judgements,
          Evaluation.BalanceView.of(balance),
          readings.stream()
              .map(ReadingView::of)
              .sorted(Comparator.comparingInt(ReadingView::statement))
              .toList(),
          fired,
          decision.criteria(),
          boundaries.stream().map(w -> warning(w, dependents)).toList(),
          evidence.draftGrade() == null ? null : decision.compare(evidence.draftGrade()),
          rules.version());
    }

    private static Judgement judgement(
        Conclusion c, RuleInfo rule, Trace.Firing f, List<String> facts, Descriptions describe) {
      return new Judgement(
          c.statement(),
          c.kind().id(),
          c.weight().id(),
          c.aspect() == null ? null : c.aspect().id(),
          Templates.fill(c.text(), f.bindings(), describe),
          c.keyMessage(),
          rule.id(),
          rule.name(),
          rule.file(),
          rule.line(),
          facts);
    }

    private static Warning warning(BoundaryWarning w, Map<Object, List<String>> dependents) {
      Reading r = w.reading();
      List<String> rules = dependents.getOrDefault(r, List.of()).stream().distinct().toList();
      String message =
          r.figures()
              + " for '"
              + r.measure()
              + "' reaches from "
              + r.lowest().word()
              + " to "
              + r.highest().word()
              + "; it was read as "
              + r.word()
              + ", the band of its middle. "
              + (rules.isEmpty()
                  ? "No conclusion rests on it."
                  : "Conclusions that rest on it: " + String.join(", ", rules) + ".");
      return new Warning("boundary", r.measure(), message, rules);
    }
  }
}

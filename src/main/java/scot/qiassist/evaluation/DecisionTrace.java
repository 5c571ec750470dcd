package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.GradeDecision;
import scot.qiassist.rules.RuleInfo;

/**
 * Records of one session only what its decision needs: the rule of each firing, and the key
 * messages, criteria and gaps the firings inserted, with only the texts of those filled. {@link
 * Trace} records everything, for the full result; the two must decide alike (a test holds every
 * example to it). One per session; not shared between threads.
 */
final class DecisionTrace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

  private record KeyMessage(int statement, String text) {}

  private final BiFunction<String, String, RuleInfo> catalogue;
  private final List<String> fired = new ArrayList<>();
  private final List<KeyMessage> keyMessages = new ArrayList<>();
  private final List<CriterionResult> criteria = new ArrayList<>();
  private final List<Insufficient> gaps = new ArrayList<>();
  private Match current;
  private RuleInfo rule;

  /** {@code catalogue} finds a fired rule's entry by its package and name. */
  DecisionTrace(BiFunction<String, String, RuleInfo> catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch();
    rule = catalogue.apply(current.getRule().getPackageName(), current.getRule().getName());
    fired.add(rule.id());
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    current = null;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (current == null || event.getRule() == null) {
      return;
    }
    Object inserted = event.getObject();
    if (inserted instanceof Conclusion c && c.keyMessage()) {
      keyMessages.add(new KeyMessage(c.statement(), Templates.fill(c.text(), bindings())));
    } else if (inserted instanceof Criterion c) {
      criteria.add(new CriterionResult(c.grade(), rule.id(), rule.name(), c.met(), null, null, 0));
    } else if (inserted instanceof Insufficient gap) {
      Map<String, Object> bindings = bindings();
      gaps.add(
          new Insufficient(
              gap.statement(),
              Templates.fill(gap.missing(), bindings),
              Templates.fill(gap.toFill(), bindings)));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Rules may not change facts (the rule screen refuses modify and update).
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    // Rules may not remove facts (the rule screen refuses delete and retract).
  }

  /** The decision, in the order the full result gives its key messages and gaps. */
  Decided decided() {
    List<Insufficient> sortedGaps = new ArrayList<>(gaps);
    sortedGaps.sort(
        Comparator.comparing((Insufficient g) -> g.statement() == null ? 5 : g.statement()));
    GradeDecision decision = GradeDecision.from(criteria, sortedGaps);
    List<KeyMessage> sortedMessages = new ArrayList<>(keyMessages);
    sortedMessages.sort(Comparator.comparingInt(KeyMessage::statement));
    return new Decided(
        decision.graded() ? decision.grade().label() : Evaluation.NOT_GRADED,
        sortedMessages.stream().map(k -> k.statement() + ": " + k.text()).toList(),
        decision.notLower().stream().map(CriterionResult::ruleId).toList(),
        decision.notHigher().stream().map(CriterionResult::ruleId).toList(),
        decision.insufficient().stream().map(Insufficient::missing).toList(),
        fired);
  }

  /** The facts the current firing matched, by the names its templates use (as {@link Trace}). */
  private Map<String, Object> bindings() {
    Map<String, Object> bindings = new LinkedHashMap<>();
    for (String id : current.getDeclarationIds()) {
      bindings.put(id.startsWith("$") ? id.substring(1) : id, current.getDeclarationValue(id));
    }
    return bindings;
  }
}

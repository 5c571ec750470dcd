package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records every rule firing of one session: the rule, the facts it matched by name, and the facts
 * its consequence inserted. One trace per session; not shared between threads.
 */
final class Trace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

  /** One firing: which rule, what it matched, what it inserted. */
  record Firing(
      String packageName,
      String ruleName,
      Map<String, Object> bindings,
      List<Object> matched,
      List<Object> inserted) {}

  private final List<Firing> firings = new ArrayList<>();
  private Firing current;

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    Match match = event.getMatch();
    Map<String, Object> bindings = new LinkedHashMap<>();
    for (String id : match.getDeclarationIds()) {
      bindings.put(id.startsWith("$") ? id.substring(1) : id, match.getDeclarationValue(id));
    }
    current =
        new Firing(
            match.getRule().getPackageName(),
            match.getRule().getName(),
            bindings,
            List.copyOf(match.getObjects()),
            new ArrayList<>());
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    if (current != null) {
      firings.add(current);
      current = null;
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (current != null && event.getRule() != null) {
      current.inserted().add(event.getObject());
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

  List<Firing> firings() {
    return firings;
  }

  /** The rules that fired most, with their counts, most first: for a looping rule set. */
  List<String> busiest(int limit) {
    Map<String, Integer> counts = new HashMap<>();
    firings.forEach(f -> counts.merge(f.ruleName(), 1, Integer::sum));
    if (current != null) {
      counts.merge(current.ruleName(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
        .toList();
  }
}

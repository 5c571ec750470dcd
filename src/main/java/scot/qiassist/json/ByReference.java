package scot.qiassist.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.DraftComparison;
import scot.qiassist.grade.GradeCriteria;
import scot.qiassist.json.ResultWire.CriteriaWire;
import scot.qiassist.json.ResultWire.CriterionWire;
import scot.qiassist.json.ResultWire.DraftWire;
import scot.qiassist.json.ResultWire.FiringWire;
import scot.qiassist.json.ResultWire.JudgementWire;
import scot.qiassist.json.ResultWire.RuleWire;

/**
 * Turns an {@link Evaluation} into its JSON form by reference ({@link ResultWire}) and back. The
 * two directions are tested to give back the same evaluation for every example.
 */
final class ByReference {

  private ByReference() {}

  /** The result with each rule, fact and criterion once, and references to them. */
  static ResultWire write(Evaluation e) {
    Map<String, RuleWire> rules = new LinkedHashMap<>();
    Map<String, Integer> facts = new LinkedHashMap<>();
    for (FiredRule f : e.firedRules()) {
      if (f.ruleId() != null) {
        rules.putIfAbsent(f.ruleId(), new RuleWire(f.name(), f.file(), f.line(), f.metadata()));
      }
    }
    for (Judgement j : e.judgements()) {
      if (j.ruleId() != null) {
        rules.putIfAbsent(j.ruleId(), new RuleWire(j.rule(), j.file(), j.line(), Map.of()));
      }
    }
    List<FiringWire> firings = new ArrayList<>(e.firedRules().size());
    for (FiredRule f : e.firedRules()) {
      RuleWire r = f.ruleId() == null ? null : rules.get(f.ruleId());
      firings.add(
          new FiringWire(
              f.ruleId(),
              f.explanation(),
              places(f.facts(), facts),
              r != null && Objects.equals(r.name(), f.name()) ? null : f.name(),
              r != null && Objects.equals(r.file(), f.file()) ? null : f.file(),
              r != null && r.line() == f.line() ? null : f.line(),
              r != null && Objects.equals(r.metadata(), f.metadata()) ? null : f.metadata()));
    }
    List<JudgementWire> judgements = new ArrayList<>(e.judgements().size());
    Map<Judgement, Integer> judgementPlaces = new IdentityHashMap<>();
    for (Judgement j : e.judgements()) {
      judgementPlaces.put(j, judgements.size());
      judgements.add(judgement(j, rules, facts));
    }
    List<JsonNode> keyMessages = new ArrayList<>();
    for (Judgement k : e.keyMessages()) {
      Integer place = judgementPlaces.get(k);
      if (place == null && e.judgements().contains(k)) {
        place = e.judgements().indexOf(k);
      }
      keyMessages.add(
          place != null
              ? IntNode.valueOf(place)
              : QiAssistJson.MAPPER.valueToTree(judgement(k, rules, facts)));
    }
    Criteria criteria = new Criteria(e.gradeCriteria());
    List<CriteriaWire> gradeCriteria = new ArrayList<>();
    for (GradeCriteria g : e.gradeCriteria()) {
      gradeCriteria.add(
          new CriteriaWire(
              g.grade(),
              g.label(),
              g.met().stream().map(c -> criterion(c, g.grade(), rules)).toList(),
              g.unmet().stream().map(c -> criterion(c, g.grade(), rules)).toList()));
    }
    DraftComparison d = e.draftGrade();
    return new ResultWire(
        ResultWire.FORMAT,
        e.partnership(),
        e.grade(),
        e.why() == null
            ? null
            : new ResultWire.Why(
                e.why().summary(),
                criteria.refer(e.why().notHigher(), rules),
                criteria.refer(e.why().notLower(), rules)),
        e.insufficient(),
        keyMessages,
        judgements,
        e.balance(),
        e.readings(),
        firings,
        gradeCriteria,
        e.warnings(),
        d == null
            ? null
            : new DraftWire(
                d.value(),
                d.label(),
                d.verdict(),
                d.explanation(),
                criteria.refer(d.reasons(), rules)),
        e.rulesetVersion(),
        rules,
        List.copyOf(facts.keySet()));
  }

  /** The evaluation a result by reference describes. */
  static Evaluation read(ResultWire w) throws JsonProcessingException {
    Map<String, RuleWire> rules = w.rules() == null ? Map.of() : w.rules();
    List<String> facts = list(w.facts());
    List<FiredRule> fired = new ArrayList<>();
    for (FiringWire f : list(w.firedRules())) {
      RuleWire r = f.rule() == null ? null : rules.get(f.rule());
      fired.add(
          new FiredRule(
              f.rule(),
              f.name() != null || r == null ? f.name() : r.name(),
              f.file() != null || r == null ? f.file() : r.file(),
              f.line() != null ? f.line() : r == null ? 0 : r.line(),
              f.metadata() != null || r == null ? orEmpty(f.metadata()) : r.metadata(),
              f.explanation(),
              described(f.facts(), facts)));
    }
    List<Judgement> judgements = new ArrayList<>();
    for (JudgementWire j : list(w.judgements())) {
      judgements.add(judgement(j, rules, facts));
    }
    List<Judgement> keyMessages = new ArrayList<>();
    for (JsonNode k : list(w.keyMessages())) {
      if (k == null || k.isNull()) {
        throw new IllegalArgumentException("the result has an empty key message");
      }
      if (k.isInt() && (k.intValue() < 0 || k.intValue() >= judgements.size())) {
        throw new IllegalArgumentException(
            "the result refers to judgement "
                + k.intValue()
                + " as a key message, but its judgements run from 0 to "
                + (judgements.size() - 1));
      }
      keyMessages.add(
          k.isInt()
              ? judgements.get(k.intValue())
              : judgement(QiAssistJson.MAPPER.treeToValue(k, JudgementWire.class), rules, facts));
    }
    List<GradeCriteria> gradeCriteria = new ArrayList<>();
    for (CriteriaWire g : list(w.gradeCriteria())) {
      gradeCriteria.add(
          new GradeCriteria(
              g.grade(),
              g.label(),
              criteria(list(g.met()), g.grade(), rules),
              criteria(list(g.unmet()), g.grade(), rules)));
    }
    Criteria criteria = new Criteria(gradeCriteria);
    DraftWire d = w.draftGrade();
    return new Evaluation(
        w.partnership(),
        w.grade(),
        w.why() == null
            ? null
            : new Evaluation.GradeReasons(
                w.why().summary(),
                criteria.find(w.why().notHigher(), rules),
                criteria.find(w.why().notLower(), rules)),
        w.insufficient(),
        keyMessages,
        judgements,
        w.balance(),
        w.readings(),
        fired,
        gradeCriteria,
        w.warnings(),
        d == null
            ? null
            : new DraftComparison(
                d.value(),
                d.label(),
                d.verdict(),
                d.explanation(),
                criteria.find(d.reasons(), rules)),
        w.rulesetVersion());
  }

  private static JudgementWire judgement(
      Judgement j, Map<String, RuleWire> rules, Map<String, Integer> facts) {
    RuleWire r = j.ruleId() == null ? null : rules.get(j.ruleId());
    return new JudgementWire(
        j.statement(),
        j.kind(),
        j.weight(),
        j.aspect(),
        j.text(),
        j.keyMessage(),
        j.ruleId(),
        places(j.evidence(), facts),
        r != null && Objects.equals(r.name(), j.rule()) ? null : j.rule(),
        r != null && Objects.equals(r.file(), j.file()) ? null : j.file(),
        r != null && r.line() == j.line() ? null : j.line());
  }

  private static Judgement judgement(
      JudgementWire j, Map<String, RuleWire> rules, List<String> facts) {
    RuleWire r = j.rule() == null ? null : rules.get(j.rule());
    return new Judgement(
        j.statement(),
        j.kind(),
        j.weight(),
        j.aspect(),
        j.text(),
        j.keyMessage(),
        j.rule(),
        j.name() != null || r == null ? j.name() : r.name(),
        j.file() != null || r == null ? j.file() : r.file(),
        j.line() != null ? j.line() : r == null ? 0 : r.line(),
        described(j.evidence(), facts));
  }

  /** A criterion listed under {@code grade}: the grade written only where it is another. */
  private static CriterionWire criterion(
      CriterionResult c, Integer grade, Map<String, RuleWire> rules) {
    RuleWire r = c.ruleId() == null ? null : rules.get(c.ruleId());
    return new CriterionWire(
        c.ruleId(),
        c.met(),
        c.explanation(),
        grade != null && grade == c.grade() ? null : c.grade(),
        r != null && Objects.equals(r.name(), c.text()) ? null : c.text(),
        r != null && Objects.equals(r.file(), c.file()) ? null : c.file(),
        r != null && r.line() == c.line() ? null : c.line());
  }

  private static CriterionResult criterion(
      CriterionWire c, int grade, Map<String, RuleWire> rules) {
    RuleWire r = c.rule() == null ? null : rules.get(c.rule());
    return new CriterionResult(
        c.grade() != null ? c.grade() : grade,
        c.rule(),
        c.text() != null || r == null ? c.text() : r.name(),
        c.met(),
        c.explanation(),
        c.file() != null || r == null ? c.file() : r.file(),
        c.line() != null ? c.line() : r == null ? 0 : r.line());
  }

  private static List<CriterionResult> criteria(
      List<CriterionWire> written, int grade, Map<String, RuleWire> rules) {
    return written.stream().map(c -> criterion(c, grade, rules)).toList();
  }

  /**
   * The criteria of a result by their rule's id, for reasons that refer to them; an id that names
   * more than one criterion is not referred to.
   */
  private static final class Criteria {
    private final Map<String, CriterionResult> byRule = new HashMap<>();

    Criteria(List<GradeCriteria> all) {
      Map<String, Integer> seen = new HashMap<>();
      for (GradeCriteria g : all) {
        for (List<CriterionResult> list : List.of(g.met(), g.unmet())) {
          for (CriterionResult c : list) {
            if (c.ruleId() != null && seen.merge(c.ruleId(), 1, Integer::sum) == 1) {
              byRule.put(c.ruleId(), c);
            } else {
              byRule.remove(c.ruleId());
            }
          }
        }
      }
    }

    List<JsonNode> refer(List<CriterionResult> reasons, Map<String, RuleWire> rules) {
      if (reasons == null) {
        return null;
      }
      return reasons.stream()
          .map(
              c ->
                  c.ruleId() != null && c.equals(byRule.get(c.ruleId()))
                      ? (JsonNode) TextNode.valueOf(c.ruleId())
                      : QiAssistJson.MAPPER.valueToTree(criterion(c, null, rules)))
          .toList();
    }

    List<CriterionResult> find(List<JsonNode> reasons, Map<String, RuleWire> rules)
        throws JsonProcessingException {
      if (reasons == null) {
        return null;
      }
      List<CriterionResult> found = new ArrayList<>();
      for (JsonNode n : reasons) {
        if (n.isTextual()) {
          CriterionResult c = byRule.get(n.textValue());
          if (c == null) {
            throw new IllegalArgumentException(
                "the result refers to criterion '"
                    + n.textValue()
                    + "', which is not one of its gradeCriteria");
          }
          found.add(c);
        } else {
          CriterionWire c = QiAssistJson.MAPPER.treeToValue(n, CriterionWire.class);
          found.add(criterion(c, c.grade() == null ? 0 : c.grade(), rules));
        }
      }
      return found;
    }
  }

  private static List<Integer> places(List<String> described, Map<String, Integer> facts) {
    List<Integer> places = new ArrayList<>(described.size());
    for (String d : described) {
      Integer place = facts.get(d);
      if (place == null) {
        place = facts.size();
        facts.put(d, place);
      }
      places.add(place);
    }
    return places;
  }

  private static List<String> described(List<Integer> places, List<String> facts) {
    if (places == null) {
      return List.of();
    }
    List<String> described = new ArrayList<>(places.size());
    for (Integer place : places) {
      if (place == null || place < 0 || place >= facts.size()) {
        throw new IllegalArgumentException(
            "the result refers to fact "
                + place
                + ", but its facts run from 0 to "
                + (facts.size() - 1));
      }
      described.add(facts.get(place));
    }
    return described;
  }

  /** A list of the result, empty when absent; an empty entry in it is refused. */
  private static <T> List<T> list(List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (int place = 0; place < list.size(); place++) {
      if (list.get(place) == null) {
        throw new IllegalArgumentException(
            "the result has an empty entry in a list, at place " + place);
      }
    }
    return list;
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }
}

package scot.qiassist.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * How an actual outcome differs from another (expected, or under other rules): the grade, key
 * messages gained and lost, the deciding criteria that changed and what the evidence lacks; and, as
 * a trace only, rules that started or stopped firing.
 */
public record OutcomeDifference(
    String gradeBefore,
    String gradeAfter,
    List<String> keyMessagesGained,
    List<String> keyMessagesLost,
    List<String> criteriaGained,
    List<String> criteriaLost,
    List<String> gapsGained,
    List<String> gapsLost,
    List<String> rulesNowFiring,
    List<String> rulesNoLongerFiring) {

  public static OutcomeDifference between(Outcome before, Outcome after) {
    return new OutcomeDifference(
        before.grade(),
        after.grade(),
        minus(after.keyMessages(), before.keyMessages()),
        minus(before.keyMessages(), after.keyMessages()),
        minus(criteria(after), criteria(before)),
        minus(criteria(before), criteria(after)),
        minus(after.insufficient(), before.insufficient()),
        minus(before.insufficient(), after.insufficient()),
        minus(after.firedRules(), before.firedRules()),
        minus(before.firedRules(), after.firedRules()));
  }

  /** The deciding criteria, each as "holds: id" (why not lower) or "fails: id" (why not higher). */
  private static List<String> criteria(Outcome o) {
    List<String> all = new ArrayList<>();
    o.notLower().forEach(id -> all.add("holds: " + id));
    o.notHigher().forEach(id -> all.add("fails: " + id));
    return all;
  }

  private static List<String> minus(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest;
  }

  public boolean gradeChanged() {
    return !gradeBefore.equals(gradeAfter);
  }

  /**
   * Whether the decision is the same: grade, key messages, deciding criteria and gaps. Which rules
   * fired on the way is not part of it.
   */
  public boolean isEmpty() {
    return !gradeChanged()
        && keyMessagesGained.isEmpty()
        && keyMessagesLost.isEmpty()
        && criteriaGained.isEmpty()
        && criteriaLost.isEmpty()
        && gapsGained.isEmpty()
        && gapsLost.isEmpty();
  }

  /** The difference in the decision as indented lines, one per change. */
  public List<String> lines(String before, String after) {
    List<String> lines = new ArrayList<>();
    if (gradeChanged()) {
      lines.add("grade: " + before + " " + gradeBefore + ", " + after + " " + gradeAfter);
    }
    keyMessagesGained.forEach(m -> lines.add("key message gained (statement " + m + ")"));
    keyMessagesLost.forEach(m -> lines.add("key message lost (statement " + m + ")"));
    criteriaGained.forEach(c -> lines.add("deciding criterion now " + c));
    criteriaLost.forEach(c -> lines.add("deciding criterion no longer " + c));
    gapsGained.forEach(g -> lines.add("now lacks: " + g));
    gapsLost.forEach(g -> lines.add("no longer lacks: " + g));
    return lines;
  }

  /** The rules that started or stopped firing: a trace, for impact and test --verbose. */
  public List<String> traceLines() {
    List<String> lines = new ArrayList<>();
    rulesNowFiring.forEach(r -> lines.add("rule now fires: " + r));
    rulesNoLongerFiring.forEach(r -> lines.add("rule no longer fires: " + r));
    return lines;
  }
}

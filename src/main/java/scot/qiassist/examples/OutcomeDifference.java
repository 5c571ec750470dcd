package scot.qiassist.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * How an actual outcome differs from another (expected, or under other rules): the grade, key
 * messages gained and lost, and rules that started or stopped firing.
 */
public record OutcomeDifference(
    String gradeBefore,
    String gradeAfter,
    List<String> keyMessagesGained,
    List<String> keyMessagesLost,
    List<String> rulesNowFiring,
    List<String> rulesNoLongerFiring) {

  public static OutcomeDifference between(Outcome before, Outcome after) {
    return new OutcomeDifference(
        before.grade(),
        after.grade(),
        minus(after.keyMessages(), before.keyMessages()),
        minus(before.keyMessages(), after.keyMessages()),
        minus(after.firedRules(), before.firedRules()),
        minus(before.firedRules(), after.firedRules()));
  }

  private static List<String> minus(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest;
  }

  public boolean gradeChanged() {
    return !gradeBefore.equals(gradeAfter);
  }

  public boolean isEmpty() {
    return !gradeChanged()
        && keyMessagesGained.isEmpty()
        && keyMessagesLost.isEmpty()
        && rulesNowFiring.isEmpty()
        && rulesNoLongerFiring.isEmpty();
  }

  /** The difference as indented lines, one per change, for a terminal or a document. */
  public List<String> lines(String before, String after) {
    List<String> lines = new ArrayList<>();
    if (gradeChanged()) {
      lines.add("grade: " + before + " " + gradeBefore + ", " + after + " " + gradeAfter);
    }
    keyMessagesGained.forEach(m -> lines.add("key message gained (statement " + m + ")"));
    keyMessagesLost.forEach(m -> lines.add("key message lost (statement " + m + ")"));
    rulesNowFiring.forEach(r -> lines.add("rule now fires: " + r));
    rulesNoLongerFiring.forEach(r -> lines.add("rule no longer fires: " + r));
    return lines;
  }
}

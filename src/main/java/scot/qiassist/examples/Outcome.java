package scot.qiassist.examples;

import java.util.List;
import java.util.TreeSet;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;

/**
 * What an evaluation concluded, in the terms an example's expected outcome is written in: the
 * grade, the key messages, and the ids of the rules that fired.
 *
 * @param grade the grade's label, such as "Very good"
 * @param keyMessages each key message as "statement: text"
 * @param firedRules the distinct ids of the rules that fired, sorted
 */
public record Outcome(String grade, List<String> keyMessages, List<String> firedRules) {

  public Outcome {
    keyMessages = List.copyOf(keyMessages);
    firedRules = List.copyOf(new TreeSet<>(firedRules));
  }

  public static Outcome of(Evaluation e) {
    return new Outcome(
        e.grade().label(),
        e.keyMessages().stream().map(k -> k.statement() + ": " + k.text()).toList(),
        e.firedRules().stream().map(FiredRule::ruleId).toList());
  }
}

package scot.qiassist.examples;

import java.util.List;
import java.util.TreeSet;
import scot.qiassist.evaluation.Decided;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Insufficient;
import scot.qiassist.grade.CriterionResult;

/**
 * What an evaluation decided, in the terms an example's expected outcome is written in: the grade
 * (or "Not graded"), the key messages, and the criteria that decide the grade: those of its grade
 * that hold (why not lower) and those of the grade above that fail (why not higher); or, when not
 * graded, what the evidence lacks. The ids of the rules that fired are carried for {@code impact}
 * and {@code test --verbose} to show; they are a trace, not a decision, and no comparison of
 * outcomes depends on them.
 *
 * @param grade the grade's label, such as "Very good", or "Not graded"
 * @param keyMessages each key message as "statement: text"
 * @param notLower the ids of the criteria that keep the grade above the one below
 * @param notHigher the ids of the criteria of the grade above that fail
 * @param insufficient what the evidence lacks when not graded, one sentence each
 * @param firedRules the distinct ids of the rules that fired, sorted (empty when read from an
 *     expected-outcome file)
 */
public record Outcome(
    String grade,
    List<String> keyMessages,
    List<String> notLower,
    List<String> notHigher,
    List<String> insufficient,
    List<String> firedRules) {

  public Outcome {
    keyMessages = List.copyOf(keyMessages);
    notLower = List.copyOf(new TreeSet<>(notLower));
    notHigher = List.copyOf(new TreeSet<>(notHigher));
    insufficient = List.copyOf(insufficient);
    firedRules = List.copyOf(new TreeSet<>(firedRules));
  }

  public static Outcome of(Evaluation e) {
    return new Outcome(
        e.gradeLabel(),
        e.keyMessages().stream().map(k -> k.statement() + ": " + k.text()).toList(),
        e.why().notLower().stream().map(CriterionResult::ruleId).toList(),
        e.why().notHigher().stream().map(CriterionResult::ruleId).toList(),
        e.insufficient().stream().map(Insufficient::missing).toList(),
        e.firedRules().stream().map(FiredRule::ruleId).toList());
  }

  /** The same outcome from a decision made without explanations ({@code Evaluator.decided}). */
  public static Outcome of(Decided d) {
    return new Outcome(
        d.grade(), d.keyMessages(), d.notLower(), d.notHigher(), d.insufficient(), d.firedRules());
  }
}

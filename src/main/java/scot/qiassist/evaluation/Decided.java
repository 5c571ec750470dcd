package scot.qiassist.evaluation;

import java.util.List;

/**
 * What an evaluation decides, without explaining it: the same grade, key messages, deciding
 * criteria and gaps as the full result, and the rules that fired, for callers that compare the
 * decisions of many documents (impact) and read no explanation.
 *
 * @param grade the grade's label, or {@link Evaluation#NOT_GRADED}
 * @param keyMessages each key message as "statement: text", in the order of the result's
 * @param notLower the ids of the criteria that keep the grade above the one below
 * @param notHigher the ids of the criteria of the grade above that fail
 * @param insufficient what the evidence lacks when not graded, in the order of the result's
 * @param firedRules the id of the rule of every firing, in firing order
 */
public record Decided(
    String grade,
    List<String> keyMessages,
    List<String> notLower,
    List<String> notHigher,
    List<String> insufficient,
    List<String> firedRules) {

  public Decided {
    keyMessages = List.copyOf(keyMessages);
    notLower = List.copyOf(notLower);
    notHigher = List.copyOf(notHigher);
    insufficient = List.copyOf(insufficient);
    firedRules = List.copyOf(firedRules);
  }
}

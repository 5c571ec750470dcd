package scot.qiassist.evaluation;

import java.util.List;

/**
 * A strength or area for improvement in the result, with the rule that concluded it and the
 * evidence that rule matched. Key messages are the judgements with {@code keyMessage} set.
 */
public record Judgement(
    int statement,
    String kind,
    String weight,
    String aspect,
    String text,
    boolean keyMessage,
    String ruleId,
    String rule,
    String file,
    int line,
    List<String> evidence) {

  public Judgement {
    evidence = List.copyOf(evidence);
  }
}

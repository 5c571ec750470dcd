package scot.qiassist.versions;

import java.util.List;
import scot.qiassist.examples.Outcome;

/**
 * A stored evaluation's evidence evaluated again under the version it was made with: the same
 * decision, or the difference.
 *
 * @param same whether grade, key messages and deciding criteria are all as stored
 * @param stored the decision as it was stored
 * @param replayed the decision now
 * @param differences each difference, "grade: stored Good, replayed Adequate" and the like
 */
public record Replay(
    String evaluation,
    String rulesetVersion,
    boolean same,
    Decision stored,
    Decision replayed,
    List<String> differences) {

  public Replay {
    differences = List.copyOf(differences);
  }

  /** A decision: the grade (or "Not graded") and the key messages, each "statement: text". */
  public record Decision(String grade, List<String> keyMessages) {

    public Decision {
      keyMessages = List.copyOf(keyMessages);
    }

    static Decision of(Outcome o) {
      return new Decision(o.grade(), o.keyMessages());
    }
  }
}

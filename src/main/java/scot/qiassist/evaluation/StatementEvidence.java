package scot.qiassist.evaluation;

/**
 * Whether anything in the evidence bears on one inspection statement: one fact per statement, so
 * that a sufficiency rule can match each statement without evidence as a pattern of its own.
 *
 * @param statement the statement, 1 to 4
 * @param bearsOn whether at least one figure or finding bears on it
 */
public record StatementEvidence(int statement, boolean bearsOn) {

  public StatementEvidence {
    if (statement < 1 || statement > 4) {
      throw new IllegalArgumentException("a statement is 1 to 4, not " + statement);
    }
  }
}

package scot.qiassist.moderation;

import java.util.List;
import scot.qiassist.evidence.InvalidInputException;
import scot.qiassist.evidence.Problem;

/** A decision that cannot be recorded, with every problem found in it, each at its field. */
public final class InvalidDecisionException extends InvalidInputException {

  public InvalidDecisionException(List<Problem> problems) {
    super("decision", problems);
  }
}

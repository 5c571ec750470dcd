package scot.qiassist.evidence;

import java.util.List;

/** Evidence that cannot be evaluated, with every problem found in it. */
public final class InvalidEvidenceException extends InvalidInputException {

  public InvalidEvidenceException(List<Problem> problems) {
    super("evidence", problems);
  }
}

package scot.qiassist.wording;

import java.util.List;
import scot.qiassist.evidence.InvalidInputException;
import scot.qiassist.evidence.Problem;

/** A wording request whose fields (or whose evidence) have problems, each at its JSON path. */
public final class InvalidWordingRequestException extends InvalidInputException {

  public InvalidWordingRequestException(List<Problem> problems) {
    super("wording request", problems);
  }
}

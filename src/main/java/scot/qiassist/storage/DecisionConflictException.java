package scot.qiassist.storage;

/**
 * Another decision on the same evaluation was recorded after the one being made was based on its
 * history; the panel should read the new history and decide again.
 */
public final class DecisionConflictException extends RuntimeException {

  public DecisionConflictException(String evaluationId, int seen) {
    super(
        "evaluation '"
            + evaluationId
            + "': another decision was recorded after the "
            + (seen == 0
                ? "evaluation was read with no decision"
                : seen + (seen == 1 ? " decision" : " decisions") + " this one was based on")
            + "; read its history and decide again");
  }
}

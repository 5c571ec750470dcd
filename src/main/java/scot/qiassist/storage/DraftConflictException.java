package scot.qiassist.storage;

/** A draft was saved on a revision that another save has since replaced. */
public final class DraftConflictException extends RuntimeException {

  public DraftConflictException(String id, int basedOn) {
    super(
        "the draft '"
            + id
            + "' has been saved since revision "
            + basedOn
            + ", the revision this change was made on");
  }
}

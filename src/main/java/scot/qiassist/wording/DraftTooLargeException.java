package scot.qiassist.wording;

/** A draft above the size a wording check takes: nothing of it is read. */
public final class DraftTooLargeException extends Exception {

  public DraftTooLargeException(String name, long bytes, long limit) {
    super(
        "The draft "
            + name
            + " is "
            + bytes
            + " bytes; a draft may be at most "
            + limit
            + " bytes (5 MB).");
  }
}

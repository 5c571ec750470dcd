package scot.qiassist.wording;

/**
 * A draft that cannot be read as a report: not a Word document though it claims to be, not UTF-8
 * text, or empty. The message names the draft and what was expected.
 */
public final class UnreadableDraftException extends Exception {

  public UnreadableDraftException(String name, String why) {
    super(name + ": " + why);
  }
}

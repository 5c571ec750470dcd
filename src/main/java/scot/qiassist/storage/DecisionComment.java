package scot.qiassist.storage;

/**
 * A panel's comment on one key message of the evaluation it decides on.
 *
 * @param keyMessage the key message's text, as the evaluation gives it
 * @param text the comment
 */
public record DecisionComment(String keyMessage, String text) {

  public static final int MAX_TEXT = 2000;

  public DecisionComment {
    if (keyMessage == null || keyMessage.isBlank()) {
      throw new IllegalArgumentException(
          "keyMessage: required; expected the text of one of the evaluation's key messages");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "text: required; expected the panel's comment on the key message");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "text: " + text.length() + " characters is more than the limit of " + MAX_TEXT);
    }
    keyMessage = keyMessage.strip();
    text = text.strip();
  }
}

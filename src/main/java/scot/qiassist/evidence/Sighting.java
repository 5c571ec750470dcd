package scot.qiassist.evidence;

/**
 * Something in a text that looks like personal data: what kind, and where it stands.
 *
 * @param kind what it looks like, in words: "a postcode"
 * @param start its first character in the normalised text
 * @param end the character after its last
 */
record Sighting(String kind, int start, int end) {

  /**
   * The kind, a hint of the value with most of it hidden, and where it starts in the original text:
   * "a postcode ('ML1 ***', at character 21)". The message never repeats the value in full: it is
   * shown to whoever sent it and may end up in a log or a screenshot.
   */
  String describe(ScreenText text) {
    return kind
        + " ('"
        + masked(text.text().substring(start, end))
        + "', at character "
        + text.originalPosition(start)
        + ")";
  }

  /** The first few characters as written, every later letter or digit as '*'. */
  static String masked(String value) {
    int shown = Math.min(3, value.length() / 2);
    StringBuilder out = new StringBuilder(value.substring(0, shown));
    for (int i = shown; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(Character.isLetterOrDigit(c) ? '*' : c);
    }
    return out.toString();
  }
}

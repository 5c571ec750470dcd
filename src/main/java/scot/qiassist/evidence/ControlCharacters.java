package scot.qiassist.evidence;

import java.util.Optional;

/**
 * Refuses the characters no inspection text needs and that databases, terminals and logs treat
 * specially: NUL and the other C0 controls (a tab and a line feed are text), DEL, the C1 controls,
 * and half a surrogate pair. A carriage return is refused too: a line break is a line feed, {@code
 * \n} in JSON.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** What is wrong with the text, if anything: "contains a control character, U+0000, at ...". */
  public static Optional<String> check(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRefused(c)) {
        return Optional.of(
            "contains "
                + (c == '\r' ? "a carriage return" : "a control character")
                + String.format(", U+%04X, at character %d", (int) c, i + 1)
                + "; text may hold tabs and line breaks (\\n) but no other control characters");
      }
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            "contains half of a character (a lone surrogate) at character "
                + (i + 1)
                + "; expected text in UTF-8");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@link #check} could find anything: a refused character or a surrogate (half of a pair
   * or not). False for most text, which is then not looked at again.
   */
  static boolean mayHoldRefused(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRefused(c) || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The text with every refused character shown as '?'. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isRefused(c) || c == '\t' || c == '\n' ? '?' : c);
    }
    return out.toString();
  }

  private static boolean isRefused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
  }
}

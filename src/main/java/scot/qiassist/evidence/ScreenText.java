package scot.qiassist.evidence;

import java.text.Normalizer;

/**
 * Free text as the personal-data screen reads it: each character in Unicode NFKC (full-width digits
 * become digits, ligatures letters, a no-break space a space), every run of whitespace one space,
 * invisible format characters (zero-width space, soft hyphen) dropped, and a case-folded copy of
 * the same length. A zero-width space counts as a space. Each character remembers where it stood in
 * the original, so that a message can point there.
 */
final class ScreenText {

  private final String original;
  private final String text;
  private final String folded;
  private final int[] origin;

  private ScreenText(String original, String text, int[] origin) {
    this.original = original;
    this.text = text;
    this.origin = origin;
    char[] lower = text.toCharArray();
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(lower[i]);
    }
    this.folded = new String(lower);
  }

  static ScreenText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length() * 2 + 4];
    boolean space = false;
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      String mapped =
          cp < 0x80 ? null : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
      if (mapped == null) {
        mapped = Character.toString(cp);
      }
      for (int j = 0; j < mapped.length(); j++) {
        char c = mapped.charAt(j);
        if (isSpace(c)) {
          if (!space && out.length() > 0) {
            origin = put(out, origin, ' ', i);
          }
          space = true;
        } else if (Character.getType(c) != Character.FORMAT) {
          origin = put(out, origin, c, i);
          space = false;
        }
      }
      i += Character.charCount(cp);
    }
    return new ScreenText(original, out.toString(), origin);
  }

  /** Whitespace of any kind, and the zero-width space and word joiner that stand for one. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u2060';
  }

  private static int[] put(StringBuilder out, int[] origin, char c, int at) {
    if (out.length() == origin.length) {
      origin = java.util.Arrays.copyOf(origin, origin.length * 2);
    }
    origin[out.length()] = at;
    out.append(c);
    return origin;
  }

  /** Whether the text holds a digit: every pattern but the titled name and the email needs one. */
  boolean hasDigit() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded text holds any of the words or parts of words. */
  boolean mentions(java.util.List<String> parts) {
    for (String part : parts) {
      if (folded.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised text, in its own case. */
  String text() {
    return text;
  }

  /** The normalised text in lower case, each character where it stands in {@link #text()}. */
  String folded() {
    return folded;
  }

  /** The position in the original text, counted from 1, of a character of the normalised one. */
  int originalPosition(int index) {
    return origin[Math.min(index, text.length() - 1)] + 1;
  }

  String original() {
    return original;
  }
}

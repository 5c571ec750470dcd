package scot.qiassist.evidence;

import java.nio.charset.StandardCharsets;
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

  /** Where each character stood in the original; null when it is the original, unchanged. */
  private final int[] origin;

  private final int digits;

  private ScreenText(String original, String text, int[] origin) {
    this.original = original;
    this.text = text;
    this.origin = origin;
    char[] lower = text.toCharArray();
    int digitCount = 0;
    for (int i = 0; i < lower.length; i++) {
      if (Character.isDigit(lower[i])) {
        digitCount++;
      }
      lower[i] = Character.toLowerCase(lower[i]);
    }
    this.folded = new String(lower);
    this.digits = digitCount;
  }

  private ScreenText(String plain, String folded, int digits) {
    this.original = plain;
    this.text = plain;
    this.origin = null;
    this.folded = folded;
    this.digits = digits;
  }

  static ScreenText of(String original) {
    ScreenText plain = plain(original);
    if (plain != null) {
      return plain;
    }
    Builder out = new Builder(original.length());
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      if (cp < 0x80) {
        out.add((char) cp, i);
      } else {
        String mapped = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        for (int j = 0; j < mapped.length(); j++) {
          out.add(mapped.charAt(j), i);
        }
      }
      i += Character.charCount(cp);
    }
    return new ScreenText(original, out.text.toString(), out.origin);
  }

  /**
   * The text as it is, folded and its digits counted in one pass, when it is already as normalising
   * would leave it, as most notes and findings are: printable ASCII only (NFKC changes none of it),
   * no space first and no two spaces together; null when it is not.
   */
  private static ScreenText plain(String text) {
    byte[] folded = new byte[text.length()];
    char previous = ' ';
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || (c == ' ' && previous == ' ')) {
        return null;
      }
      if (c >= '0' && c <= '9') {
        digits++;
      }
      // Character.toLowerCase, for printable ASCII.
      folded[i] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      previous = c;
    }
    return new ScreenText(text, new String(folded, StandardCharsets.ISO_8859_1), digits);
  }

  /** The normalised text as it is built, with where each character came from. */
  private static final class Builder {
    private final StringBuilder text;
    private int[] origin;
    private boolean space;

    Builder(int length) {
      text = new StringBuilder(length);
      origin = new int[length + 4];
    }

    void add(char c, int at) {
      if (isSpace(c)) {
        if (!space && text.length() > 0) {
          put(' ', at);
        }
        space = true;
      } else if (c < 0x80 || Character.getType(c) != Character.FORMAT) {
        put(c, at);
        space = false;
      }
    }

    private void put(char c, int at) {
      if (text.length() == origin.length) {
        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
      }
      origin[text.length()] = at;
      text.append(c);
    }
  }

  /** Whitespace of any kind, and the zero-width space and word joiner that stand for one. */
  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u2060';
  }

  /** Whether the text holds a digit: every pattern but the titled name and the email needs one. */
  boolean hasDigit() {
    return digits > 0;
  }

  /**
   * How many digits the text holds: a CHI number needs ten and a telephone number seven, so text
   * with fewer is not searched for them.
   */
  int digits() {
    return digits;
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

  /** Whether the folded text holds any of the words as a word, followed by a space or a '.'. */
  boolean mentionsWord(java.util.List<String> words) {
    for (String word : words) {
      for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        int after = at + word.length();
        boolean starts = at == 0 || !Character.isLetter(folded.charAt(at - 1));
        boolean ends =
            after < folded.length() && (folded.charAt(after) == ' ' || folded.charAt(after) == '.');
        if (starts && ends) {
          return true;
        }
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
    int at = Math.min(index, text.length() - 1);
    return (origin == null ? at : origin[at]) + 1;
  }

  String original() {
    return original;
  }
}

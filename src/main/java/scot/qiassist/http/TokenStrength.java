package scot.qiassist.http;

import java.util.Optional;

/**
 * Whether a bearer token is hard enough to guess: at least {@link #MIN_BITS} bits of estimated
 * entropy, not one character repeated, not a dictionary word with digits or symbols around it.
 * {@code openssl rand -hex 32} (256 bits) passes, as does a random 22-character base64url token
 * (132 bits).
 *
 * <p>The estimate is the one a guesser who knows the usual shapes of tokens would make:
 *
 * <ul>
 *   <li>Each character is worth log2 of the smallest usual alphabet that holds the whole token: 10
 *       for digits, 16 for hexadecimal (one case), 26 for letters of one case, 36 for those with
 *       digits, 64 for base64 or base64url (both cases of letters, digits, + / _ - =), 95 for any
 *       other printable text.
 *   <li>A character that carries on a run of the four before it, the same step each time (aaaaa,
 *       abcde, 98765), adds nothing.
 *   <li>A token that is a block repeated (abc123abc123) is worth its block.
 *   <li>A word of four letters or more from the list {@code token-words.txt} counts as one guess
 *       from a list of 2048 words (11 bits), whatever its length.
 * </ul>
 *
 * <p>It is an estimate from the token alone, as every such check is: it cannot know how a token was
 * made, so it is set to pass what {@code openssl rand} makes and to refuse what people type.
 */
final class TokenStrength {

  static final int MIN_BITS = 128;
  static final double WORD_BITS = 11;

  /**
   * Words found inside a token count from five letters, written in one case or capitalised: shorter
   * or mixed-case matches turn up by chance in random tokens (a base64url token holds "inFO" about
   * once in a thousand) and would refuse them.
   */
  private static final int MIN_WORD = 5;

  /** The character of a run from which it adds nothing: the fifth of aaaaa, abcde or 54321. */
  private static final int RUN = 5;

  private TokenStrength() {}

  /** Why the token is too weak, in words that never repeat it; empty when it is strong enough. */
  static Optional<String> weakness(String token) {
    if (token.chars().distinct().count() == 1) {
      return Optional.of(
          "the token is one character repeated; make one with: openssl rand -hex 32");
    }
    if (TokenWords.isWordWithAffixes(token)) {
      return Optional.of(
          "the token is a dictionary word with digits or symbols added; make one with: openssl"
              + " rand -hex 32");
    }
    double bits = bits(token);
    if (bits < MIN_BITS) {
      return Optional.of(
          "the token has about "
              + (int) Math.floor(bits)
              + " bits of entropy; at least "
              + MIN_BITS
              + " are needed; make one with: openssl rand -hex 32");
    }
    return Optional.empty();
  }

  /** The estimated entropy of a token, in bits: see the class's description. */
  static double bits(String token) {
    String block = token.substring(0, period(token));
    double perCharacter = Math.log(alphabet(token)) / Math.log(2);
    double bits = 0;
    int i = 0;
    while (i < block.length()) {
      int word = TokenWords.longestWordAt(block, i, MIN_WORD);
      if (word > 0) {
        bits += WORD_BITS;
        i += word;
        continue;
      }
      if (!carriesOnARun(block, i)) {
        bits += perCharacter;
      }
      i++;
    }
    return bits;
  }

  /** The size of the smallest usual alphabet holding every character of the token. */
  static int alphabet(String token) {
    if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 10;
    }
    if (token.chars().allMatch(c -> isDigit(c) || (c >= 'a' && c <= 'f'))
        || token.chars().allMatch(c -> isDigit(c) || (c >= 'A' && c <= 'F'))) {
      return 16;
    }
    boolean lower = token.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    boolean upper = token.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
    boolean digits = token.chars().anyMatch(TokenStrength::isDigit);
    boolean other = token.chars().anyMatch(c -> !isDigit(c) && !Character.isLetter(c));
    boolean ascii = token.chars().allMatch(c -> c > ' ' && c < 127);
    if (ascii && !other && (lower != upper)) {
      return digits ? 36 : 26;
    }
    if (ascii && lower && upper && token.chars().allMatch(TokenStrength::isBase64)) {
      return 64;
    }
    return 95;
  }

  /** Whether the character at i is the fifth or later of a run with one step: aaaaa, abcde. */
  private static boolean carriesOnARun(String s, int i) {
    if (i < RUN - 1) {
      return false;
    }
    int step = s.charAt(i) - s.charAt(i - 1);
    if (Math.abs(step) > 1) {
      return false;
    }
    for (int k = 1; k < RUN - 1; k++) {
      if (s.charAt(i - k) - s.charAt(i - k - 1) != step) {
        return false;
      }
    }
    return true;
  }

  /** The shortest block the token is that block repeated (the last time perhaps cut short). */
  private static int period(String token) {
    for (int p = 1; p <= token.length() / 2; p++) {
      boolean repeats = true;
      for (int i = p; i < token.length() && repeats; i++) {
        repeats = token.charAt(i) == token.charAt(i - p);
      }
      if (repeats) {
        return p;
      }
    }
    return token.length();
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBase64(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || isDigit(c)
        || c == '+'
        || c == '/'
        || c == '_'
        || c == '-'
        || c == '=';
  }
}

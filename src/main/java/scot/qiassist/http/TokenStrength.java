package scot.qiassist.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

  private static final Set<String> WORDS = words();

  private TokenStrength() {}

  /** Why the token is too weak, in words that never repeat it; empty when it is strong enough. */
  static Optional<String> weakness(String token) {
    if (token.chars().distinct().count() == 1) {
      return Optional.of(
          "the token is one character repeated; make one with: openssl rand -hex 32");
    }
    if (isWordWithAffixes(token)) {
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
      int word = longestWordAt(block, i);
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

  /**
   * Letters, with look-alike digits read as letters and the rest left out, are one or two words.
   */
  private static boolean isWordWithAffixes(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return isOneOrTwoWords(letters(lower))
        || isOneOrTwoWords(letters(unLeet(lower)))
        || isOneOrTwoWords(letters(unLeet(betweenLetters(lower))));
  }

  /** From the first letter to the last: "p@ssw0rd" of "p@ssw0rd2026!", whose digits are affixes. */
  private static String betweenLetters(String lower) {
    int first = 0;
    while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
      first++;
    }
    int last = lower.length();
    while (last > first && !Character.isLetter(lower.charAt(last - 1))) {
      last--;
    }
    return lower.substring(first, last);
  }

  private static boolean isOneOrTwoWords(String letters) {
    if (letters.isEmpty()) {
      return false;
    }
    if (WORDS.contains(letters)) {
      return true;
    }
    for (int split = 1; split < letters.length(); split++) {
      if (WORDS.contains(letters.substring(0, split)) && WORDS.contains(letters.substring(split))) {
        return true;
      }
    }
    return false;
  }

  private static String letters(String text) {
    StringBuilder s = new StringBuilder();
    text.chars().filter(c -> c >= 'a' && c <= 'z').forEach(s::appendCodePoint);
    return s.toString();
  }

  private static String unLeet(String text) {
    return text.replace('4', 'a')
        .replace('@', 'a')
        .replace('3', 'e')
        .replace('1', 'i')
        .replace('!', 'i')
        .replace('0', 'o')
        .replace('5', 's')
        .replace('$', 's')
        .replace('7', 't');
  }

  /** The length of the longest listed word of five letters or more written at i, or 0. */
  private static int longestWordAt(String token, int i) {
    for (int end = token.length(); end - i >= MIN_WORD; end--) {
      String written = token.substring(i, end);
      String lower = written.toLowerCase(Locale.ROOT);
      boolean oneCase =
          written.equals(lower)
              || written.equals(written.toUpperCase(Locale.ROOT))
              || written.substring(1).equals(lower.substring(1));
      if (oneCase && WORDS.contains(lower)) {
        return end - i;
      }
    }
    return 0;
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

  private static Set<String> words() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TokenStrength.class.getResourceAsStream("token-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks scot/qiassist/http/token-words.txt");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("the token word list could not be read", e);
    }
    return Set.copyOf(words);
  }
}

package scot.qiassist.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a token may not be made of, from {@code token-words.txt} beside this class: the
 * passwords people try first, words of this service and its users, common English words.
 */
final class TokenWords {

  private static final Set<String> WORDS = words();

  private TokenWords() {}

  /**
   * Letters, with look-alike digits read as letters and the rest left out, are one or two words.
   */
  static boolean isWordWithAffixes(String token) {
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

  /** The longest listed word of {@code shortest} letters or more written at i, or 0. */
  static int longestWordAt(String token, int i, int shortest) {
    for (int end = token.length(); end - i >= shortest; end--) {
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

  private static Set<String> words() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TokenWords.class.getResourceAsStream("token-words.txt")) {
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

package scot.qiassist.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions a rule may give to {@code matches}: a subset whose matching time grows at
 * most polynomially with the text, so no evidence text can hold a core.
 *
 * <p>Accepted: characters; escaped punctuation ({@code \.}); the classes {@code \d \D \w \W \s \S},
 * {@code [...]} and {@code .}; the anchors {@code ^ $ \b \B}; groups {@code ( )} and {@code (?: )};
 * choice {@code |}; and repeats {@code * + ? {n} {n,m}} (m at most {@value #MAX_BOUND}), where a
 * repeat follows a character, a class, or a group that holds neither a repeat nor a choice.
 * Refused: a repeat of a group holding a repeat or a choice ({@code (a+)+}, {@code (a|b)*}, the
 * patterns that take exponential time), back-references ({@code \1}, {@code \k<name>}), look-ahead
 * and look-behind ({@code (?=}, {@code (?<=}), inline flags, {@code \Q...\E} and other escapes, and
 * patterns longer than {@value #MAX_LENGTH} characters.
 */
final class RegexSubset {

  static final int MAX_LENGTH = 200;
  static final int MAX_BOUND = 100;
  private static final String CLASS_ESCAPES = "dDwWsStnrf";

  private final String pattern;
  private int at;

  private RegexSubset(String pattern) {
    this.pattern = pattern;
  }

  /** Why a pattern is outside the subset, or empty when it is accepted. */
  static Optional<String> refusal(String pattern) {
    if (pattern.length() > MAX_LENGTH) {
      return Optional.of("is " + pattern.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Optional.of("is not a valid regular expression: " + e.getDescription());
    }
    try {
      new RegexSubset(pattern).sequence(0);
      return Optional.empty();
    } catch (Refused r) {
      return Optional.of(r.getMessage());
    }
  }

  /** What a group holds, so that the repeat after it can be judged. */
  private record Shape(boolean repeats, boolean chooses) {}

  private Shape sequence(int depth) {
    boolean repeats = false;
    boolean chooses = false;
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == ')') {
        if (depth == 0) {
          throw new Refused("has a ')' without its '('");
        }
        return new Shape(repeats, chooses);
      }
      if (c == '|') {
        chooses = true;
        at++;
        continue;
      }
      Shape atom = atom(depth);
      if (quantifier()) {
        if (atom != null && (atom.repeats() || atom.chooses())) {
          throw new Refused(
              "repeats a group that itself holds a "
                  + (atom.repeats() ? "repeat" : "choice (|)")
                  + ", which can take exponential time (write (a+)+ as a+, (a|b)* as [ab]*)");
        }
        repeats = true;
      }
      if (atom != null) {
        repeats |= atom.repeats();
        chooses |= atom.chooses();
      }
    }
    return new Shape(repeats, chooses);
  }

  /** Reads one atom; returns the shape of a group, or null for a single character or class. */
  private Shape atom(int depth) {
    char c = pattern.charAt(at);
    switch (c) {
      case '(' -> {
        at++;
        if (pattern.startsWith("?:", at)) {
          at += 2;
        } else if (at < pattern.length() && pattern.charAt(at) == '?') {
          throw new Refused(
              "uses '(?"
                  + (at + 1 < pattern.length() ? pattern.charAt(at + 1) : "")
                  + "', a look-around, named group or flag, which rules may not use");
        }
        Shape inner = sequence(depth + 1);
        at++;
        return inner;
      }
      case '[' -> {
        characterClass();
        return null;
      }
      case '\\' -> {
        escape();
        return null;
      }
      case '*', '+', '?', '{' ->
          throw new Refused("has a repeat '" + c + "' with nothing before it");
      default -> {
        at++;
        return null;
      }
    }
  }

  private void escape() {
    if (at + 1 >= pattern.length()) {
      throw new Refused("ends with a lone backslash");
    }
    char e = pattern.charAt(at + 1);
    if (Character.isDigit(e) || e == 'k') {
      throw new Refused("uses the back-reference \\" + e + ", which can take exponential time");
    }
    if (Character.isLetterOrDigit(e) && CLASS_ESCAPES.indexOf(e) < 0 && e != 'b' && e != 'B') {
      throw new Refused("uses the escape \\" + e + ", which is not in the accepted subset");
    }
    at += 2;
  }

  private void characterClass() {
    at++;
    if (at < pattern.length() && pattern.charAt(at) == '^') {
      at++;
    }
    boolean first = true;
    while (at < pattern.length() && (pattern.charAt(at) != ']' || first)) {
      char c = pattern.charAt(at);
      if (c == '[' || pattern.startsWith("&&", at)) {
        throw new Refused("nests a class inside a class ([...[...]]), which rules may not use");
      }
      if (c == '\\') {
        escape();
      } else {
        at++;
      }
      first = false;
    }
    at++;
  }

  private boolean quantifier() {
    if (at >= pattern.length()) {
      return false;
    }
    char c = pattern.charAt(at);
    if (c == '*' || c == '+' || c == '?') {
      at++;
    } else if (c == '{') {
      int close = pattern.indexOf('}', at);
      String[] bounds = pattern.substring(at + 1, close).split(",", -1);
      for (String b : bounds) {
        if (!b.isBlank() && Integer.parseInt(b.trim()) > MAX_BOUND) {
          throw new Refused("repeats up to " + b.trim() + " times; the limit is " + MAX_BOUND);
        }
      }
      at = close + 1;
    } else {
      return false;
    }
    if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
      at++;
    }
    return true;
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}

package scot.qiassist.evidence;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector that is one regular expression over the normalised text (or its folded copy), with an
 * optional test of each match that a pattern cannot say (a valid date, an all-capitals name).
 *
 * <p>A pattern whose every match holds a digit (0 to 9) within its first {@code lead + 1}
 * characters is tried only where one could start, near a digit, rather than at every character of
 * the text: most text holds few digits, and trying a pattern with a look-behind at every character
 * of a long note costs microseconds. The matches found, and their order, are those of {@link
 * Matcher#find()}. {@code lead} is -1 for a pattern tried everywhere.
 */
record PatternDetector(
    String kind, Pattern pattern, boolean folded, Predicate<Matcher> accept, int lead)
    implements Detector {

  PatternDetector(String kind, Pattern pattern, boolean folded, Predicate<Matcher> accept) {
    this(kind, pattern, folded, accept, -1);
  }

  static PatternDetector of(String kind, String regex) {
    return new PatternDetector(kind, Pattern.compile(regex), false, m -> true);
  }

  /** This detector, tried only where a digit stands at most {@code lead} characters ahead. */
  PatternDetector nearDigits(int lead) {
    return new PatternDetector(kind, pattern, folded, accept, lead);
  }

  @Override
  public Optional<Sighting> find(ScreenText text) {
    String s = folded ? text.folded() : text.text();
    Matcher m = pattern.matcher(s);
    if (lead < 0) {
      while (m.find()) {
        if (accept.test(m)) {
          return Optional.of(new Sighting(kind, m.start(), m.end()));
        }
      }
      return Optional.empty();
    }
    // As find() would: the leftmost match from where the last rejected one ended, but trying only
    // the places where one can start. Transparent bounds let look-behinds see before the region.
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int from = 0, digit = nextDigit(s, 0); digit >= 0; digit = nextDigit(s, from)) {
      int start = Math.max(from, digit - lead);
      m.region(start, s.length());
      if (m.lookingAt()) {
        if (accept.test(m)) {
          return Optional.of(new Sighting(kind, m.start(), m.end()));
        }
        from = Math.max(m.end(), start + 1);
      } else {
        from = start + 1;
      }
    }
    return Optional.empty();
  }

  /** The first digit 0 to 9 at or after {@code from} (what {@code \d} matches), or -1. */
  private static int nextDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }
}

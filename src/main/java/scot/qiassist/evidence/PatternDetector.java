package scot.qiassist.evidence;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector that is one regular expression over the normalised text (or its folded copy), with an
 * optional test of each match that a pattern cannot say (a valid date, an all-capitals name).
 */
record PatternDetector(String kind, Pattern pattern, boolean folded, Predicate<Matcher> accept)
    implements Detector {

  static PatternDetector of(String kind, String regex) {
    return new PatternDetector(kind, Pattern.compile(regex), false, m -> true);
  }

  @Override
  public Optional<Sighting> find(ScreenText text) {
    Matcher m = pattern.matcher(folded ? text.folded() : text.text());
    while (m.find()) {
      if (accept.test(m)) {
        return Optional.of(new Sighting(kind, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }
}

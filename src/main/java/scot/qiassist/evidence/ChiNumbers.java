package scot.qiassist.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Community Health Index numbers: ten digits, the first six a date of birth (DDMMYY), the tenth a
 * modulus-11 check digit, in any grouping ("0101011237", "010101 1237", "010-101-1237"). Ten digits
 * that fail the check are still a CHI number when the text calls them one ("CHI 0101011234").
 */
final class ChiNumbers implements Detector {

  static final String KIND = "a CHI number";

  /** A CHI number's digits: text with fewer holds none, and is not searched. */
  private static final int DIGITS = 10;

  /** Ten digits, each pair at most one space, hyphen or full stop apart, within no longer run. */
  private static final Pattern TEN_DIGITS =
      Pattern.compile("(?<![\\d])(?<!\\d[ .-])\\d(?:[ .-]?\\d){9}(?![\\d])(?![ .-]\\d)");

  private static final Pattern NAMED =
      Pattern.compile("\\bchi\\b(?: ?(?:no\\.?|number|num\\.?))?[ :#.-]*$");

  @Override
  public Optional<Sighting> find(ScreenText text) {
    if (text.digits() < DIGITS) {
      return Optional.empty();
    }
    Matcher m = TEN_DIGITS.matcher(text.text());
    while (m.find()) {
      String digits = m.group().replaceAll("[^\\d]", "");
      String before = text.folded().substring(Math.max(0, m.start() - 16), m.start());
      if (isValid(digits) || NAMED.matcher(before).find()) {
        return Optional.of(new Sighting(KIND, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /** A date DDMMYY and a check digit that matches: weights 10 down to 2, 11 minus the rest. */
  static boolean isValid(String digits) {
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}

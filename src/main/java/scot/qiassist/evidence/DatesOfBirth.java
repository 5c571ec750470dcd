package scot.qiassist.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth in the forms people write them: a full date in figures ("12.03.2015",
 * "12/03/2015", "12-3-15", "2015-03-12"), which could be anyone's birthday, a date in words after a
 * word about birth ("born 12 March 2015", "born on the 12th of March 2015", "date of birth March
 * 12, 2015"), and the labels that introduce one ("DOB", "d.o.b.", "date of birth").
 *
 * <p>A date in words without a word about birth ("between 17 April 2023 and 13 September 2023") is
 * how reports date an inspection, and passes.
 */
final class DatesOfBirth {

  static final String FULL_DATE =
      "a full date, which could be a date of birth (give a month and year instead, such as April 2023)";
  static final String DATE_OF_BIRTH = "a date of birth";

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
  private static final String WRITTEN =
      "(?:(?:the )?"
          + DAY
          + " (?:of )?"
          + MONTH
          + ",? (?:\\d{4}|\\d{2})|"
          + MONTH
          + " "
          + DAY
          + ",? \\d{4})";

  static final Pattern FIGURES =
      Pattern.compile(
          "(?<![\\d.,/-])(\\d{1,2}) ?[./-] ?(\\d{1,2}) ?[./-] ?(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)");
  static final Pattern ISO =
      Pattern.compile("(?<![\\d.,/-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d]|[./-]\\d)");

  private DatesOfBirth() {}

  static List<Detector> detectors() {
    return List.of(
        new PatternDetector(FULL_DATE, FIGURES, false, m -> dayAndMonth(m, 1, 2))
            .nearDigits(0)
            .onlyWhen(ScreenText::hasDigit),
        new PatternDetector(FULL_DATE, ISO, false, m -> dayAndMonth(m, 3, 2))
            .nearDigits(0)
            .onlyWhen(ScreenText::hasDigit),
        new PatternDetector(
                DATE_OF_BIRTH,
                Pattern.compile(
                    "\\b(?:born|birth|birthday)\\b(?: on| in)?[ ,:-]*" + WRITTEN + "\\b"),
                true,
                m -> true)
            .onlyWhen(t -> t.hasDigit() && t.mentions(List.of("born", "birth"))),
        new PatternDetector(
                DATE_OF_BIRTH,
                Pattern.compile("\\b(?:d ?\\. ?o ?\\. ?b\\b\\.?|dob\\b|date of birth|birth ?date)"),
                true,
                m -> true)
            .onlyWhen(t -> t.mentions(List.of("dob", "d.o", "d. o", "d .o", "d . o", "birth"))));
  }

  /** A day from 1 to 31 and a month from 1 to 12, in either order (a US-style date too). */
  private static boolean dayAndMonth(Matcher m, int dayGroup, int monthGroup) {
    int day = Integer.parseInt(m.group(dayGroup));
    int month = Integer.parseInt(m.group(monthGroup));
    return isDate(day, month) || isDate(month, day);
  }

  private static boolean isDate(int day, int month) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }
}

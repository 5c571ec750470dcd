package scot.qiassist.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that looks like it identifies a child or family.
 *
 * <p>Evidence is about services in aggregate. This screen cannot recognise every name, so it looks
 * for the details that most often slip into notes: contact details, postcodes, CHI numbers, dates
 * of birth and titled names ("Mrs Smith").
 */
public final class PersonalDataScreen {

  private record Check(String what, Pattern pattern) {}

  private static final List<Check> PATTERNS =
      List.of(
          new Check("an email address", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+")),
          new Check(
              "a telephone number",
              Pattern.compile("(?<!\\d)(?:\\+44\\s?|0)\\d{3,4}\\s?\\d{3}\\s?\\d{3,4}(?!\\d)")),
          new Check("a CHI number", Pattern.compile("(?<!\\d)\\d{6}\\s?\\d{4}(?!\\d)")),
          new Check(
              "a postcode", Pattern.compile("(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b")),
          new Check(
              "a date of birth",
              Pattern.compile("(?i)\\b(?:d\\.?o\\.?b\\.?|date of birth|born on)\\b")),
          new Check(
              "a full date, which could be a date of birth (give a month and year instead, such as April 2023)",
              Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b")),
          new Check(
              "a person's name",
              Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Master)\\.?\\s+[A-Z][a-z]+")));

  private PersonalDataScreen() {}

  /** What in the text looks like personal data, if anything: "a postcode 'ML1 1AB'". */
  public static Optional<String> check(String text) {
    if (!mayIdentify(text)) {
      return Optional.empty();
    }
    for (Check p : PATTERNS) {
      Matcher m = p.pattern().matcher(text);
      if (m.find()) {
        return Optional.of(p.what() + " ('" + m.group() + "')");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text has what every pattern above needs: a digit, an @, a title, or words about
   * birth. Most notes have none, and ruling the patterns out one by one costs more than the rest of
   * reading the evidence.
   */
  private static boolean mayIdentify(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@' || (c >= '0' && c <= '9')) {
        return true;
      }
    }
    if (text.contains("Mr")
        || text.contains("Ms")
        || text.contains("Miss")
        || text.contains("Master")) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("dob")
        || lower.contains("d.o")
        || lower.contains("do.b")
        || lower.contains("birth")
        || lower.contains("born");
  }
}

package scot.qiassist.evidence.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of cells, as people type them in a spreadsheet: whole numbers with or without
 * thousands separators ("1,316"), percentages with or without "%", yes and no, and dates as
 * YYYY-MM-DD or as a UK spreadsheet saves them, DD/MM/YYYY. Each reader is empty for text that is
 * not such a value; the caller says what was expected.
 */
final class SheetValues {

  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private SheetValues() {}

  static Optional<Long> whole(String text) {
    String t = text.replace(",", "");
    if (!t.matches("-?\\d{1,12}(\\.0+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t).longValueExact());
  }

  static Optional<BigDecimal> percent(String text) {
    String t = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    if (!t.matches("-?\\d{1,3}(\\.\\d{1,6})?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t).stripTrailingZeros());
  }

  static Optional<Boolean> yesOrNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true" -> Optional.of(true);
      case "no", "n", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** YYYY-MM-DD as it stands (the schema checks it); DD/MM/YYYY turned into it. */
  static String date(String text) {
    try {
      return LocalDate.parse(text, UK).format(DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  /** "area-for-improvement" for "Area for improvement": the ids of kinds, weights and aspects. */
  static String id(String text) {
    return text.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
  }
}

package scot.qiassist.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants as the database keeps them: UTC text to the millisecond, which sorts as text. */
final class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String text(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The first whole millisecond at or after this instant: a time the database keeps exactly. */
  static Instant nextMillisecond(Instant instant) {
    Instant down = instant.truncatedTo(ChronoUnit.MILLIS);
    return down.equals(instant) ? down : down.plusMillis(1);
  }

  static Instant instant(String text) {
    return Instant.parse(text);
  }
}

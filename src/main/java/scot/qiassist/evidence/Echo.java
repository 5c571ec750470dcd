package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value as a message repeats it: quoted when text, cut short when long, with control characters
 * shown as '?', and hidden behind '*' when it looks like personal data, which a message must never
 * repeat.
 */
final class Echo {

  private static final int SHORT = 60;

  private Echo() {}

  static String of(JsonNode value) {
    return of(value, true);
  }

  /** A value that is not free text, such as a date, where a full date is no one's birthday. */
  static String plain(JsonNode value) {
    return of(value, false);
  }

  private static String of(JsonNode value, boolean screened) {
    if (!value.isTextual()) {
      String json = value.toString();
      return json.length() > SHORT ? json.substring(0, SHORT - 3) + "..." : json;
    }
    String text = ControlCharacters.visible(value.asText());
    if (screened && PersonalDataScreen.check(text).isPresent()) {
      text = Sighting.masked(text);
    }
    return "'" + (text.length() > SHORT - 2 ? text.substring(0, SHORT - 5) + "..." : text) + "'";
  }
}

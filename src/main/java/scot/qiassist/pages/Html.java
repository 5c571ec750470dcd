package scot.qiassist.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes HTML in which everything that may come from input is escaped: text and attribute values
 * always go through {@link #escape}, and only markup written as constants in this package goes in
 * as it stands ({@link #markup}).
 */
final class Html {

  private final StringBuilder out = new StringBuilder(16_384);

  /** Escapes text for HTML content and for attribute values in double or single quotes. */
  static String escape(Object value) {
    String text = String.valueOf(value);
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A path segment, such as an evaluation's id in a link, percent-encoded. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Constant markup of this package: never call it with input. */
  Html markup(String constant) {
    out.append(constant);
    return this;
  }

  /** Text, escaped. */
  Html text(Object value) {
    out.append(escape(value));
    return this;
  }

  /**
   * An opening tag with attributes given as name, value pairs; each value is escaped, and a pair
   * whose value is null is left out.
   */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  /**
   * The hidden field that carries the session's form token: every form that changes something sends
   * it, and is refused without it.
   */
  Html formToken(String token) {
    return open("input", "type", "hidden", "name", PageContext.FORM_TOKEN_FIELD, "value", token);
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text: {@code <tag attributes>text</tag>}. */
  Html element(String tag, Object text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

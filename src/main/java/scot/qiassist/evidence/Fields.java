package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Typed reads of one JSON object's fields that record a problem instead of failing. */
final class Fields {

  private final JsonNode node;
  private final String path;
  private final List<Problem> problems;

  Fields(JsonNode node, String path, List<Problem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  JsonNode node() {
    return node;
  }

  void problem(String field, String message) {
    problems.add(new Problem(path.isEmpty() ? field : path + "." + field, message));
  }

  void onlyKnown(Set<String> known) {
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    for (String name : unknown) {
      problem(
          name,
          "is not a field QI Assist knows; expected one of "
              + String.join(", ", known.stream().sorted().toList()));
    }
  }

  String text(String name, boolean required, int maxLength) {
    JsonNode value = present(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problem(name, shortly(value) + " is not text; expected a non-empty string");
      return null;
    }
    if (value.asText().length() > maxLength) {
      problem(
          name, "is " + value.asText().length() + " characters long; the limit is " + maxLength);
      return null;
    }
    return value.asText().trim();
  }

  Integer whole(String name, boolean required, int min, int max) {
    JsonNode value = present(name, required);
    if (value == null) {
      return null;
    }
    if (!value.canConvertToExactIntegral() || !value.isNumber()) {
      problem(name, shortly(value) + " is not a whole number; expected " + min + " to " + max);
      return null;
    }
    long n = value.asLong();
    if (n < min || n > max) {
      problem(name, n + " is outside " + min + " to " + max);
      return null;
    }
    return (int) n;
  }

  Double number(String name, double min, double max) {
    JsonNode value = present(name, true);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      problem(name, shortly(value) + " is not a number; expected " + fmt(min) + " to " + fmt(max));
      return null;
    }
    double n = value.asDouble();
    if (n < min || n > max) {
      problem(name, value.asText() + " is outside " + fmt(min) + " to " + fmt(max));
      return null;
    }
    return n;
  }

  Boolean bool(String name) {
    JsonNode value = present(name, false);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problem(name, shortly(value) + " is not true or false");
      return null;
    }
    return value.asBoolean();
  }

  <E> E choice(String name, boolean required, E[] values, Function<E, String> id) {
    JsonNode value = present(name, required);
    if (value == null) {
      return null;
    }
    for (E e : values) {
      if (value.isTextual() && id.apply(e).equals(value.asText())) {
        return e;
      }
    }
    problem(
        name,
        shortly(value)
            + " is not one of "
            + String.join(", ", Arrays.stream(values).map(e -> "'" + id.apply(e) + "'").toList()));
    return null;
  }

  private JsonNode present(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        problem(name, "is missing");
      }
      return null;
    }
    return value;
  }

  /** A JSON value as a message shows it, cut short when long. */
  static String shortly(JsonNode value) {
    String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

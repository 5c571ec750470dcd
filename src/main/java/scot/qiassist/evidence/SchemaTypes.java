package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evidence.SchemaShortcut.Verdict;

/**
 * The schema's "type" over the reader's Jackson 2 tree, as the validator sees the same value once
 * written out and read by Jackson 3: a whole number written as one ({@code 45}) is an integer to
 * both; a number written with a point ({@code 45.0}) or too large for a double is left to the
 * validator.
 */
final class SchemaTypes {

  private SchemaTypes() {}

  /** The check of a "type" keyword: one type's name, or a list of them. */
  static Verdict check(JsonNode value, List<String> types) {
    if (nonFinite(value)) {
      return Verdict.UNSURE;
    }
    Verdict best = Verdict.FAILS;
    for (String type : types) {
      Verdict v = of(value, type);
      if (v == Verdict.MEETS) {
        return v;
      }
      if (v == Verdict.UNSURE) {
        best = v;
      }
    }
    return best;
  }

  static List<String> names(JsonNode type) {
    List<String> names = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> names.add(t.asText()));
    } else {
      names.add(type.asText());
    }
    return names;
  }

  /**
   * A number Jackson read as infinite ({@code 1e999}): Jackson 2 writes it as text, so the
   * validator would see a string.
   */
  static boolean nonFinite(JsonNode value) {
    return value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue());
  }

  private static Verdict of(JsonNode value, String type) {
    return switch (type) {
      case "object" -> sure(value.isObject());
      case "array" -> sure(value.isArray());
      case "string" -> sure(value.isTextual());
      case "boolean" -> sure(value.isBoolean());
      case "null" -> sure(value.isNull());
      case "number" -> sure(value.isNumber());
      case "integer" -> integer(value);
      default -> Verdict.UNSURE;
    };
  }

  private static Verdict integer(JsonNode value) {
    if (value.isIntegralNumber()) {
      return Verdict.MEETS;
    }
    if (!value.isNumber()) {
      return Verdict.FAILS;
    }
    // 45.5 is no integer to anyone; whether 45.0 is one depends on the validator's settings.
    return value.decimalValue().stripTrailingZeros().scale() > 0 ? Verdict.FAILS : Verdict.UNSURE;
  }

  private static Verdict sure(boolean meets) {
    return meets ? Verdict.MEETS : Verdict.FAILS;
  }
}

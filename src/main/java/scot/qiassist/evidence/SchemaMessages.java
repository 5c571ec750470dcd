package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the schema validator's errors into the reader's words, each at its JSON path such as {@code
 * evidence[3].count}, naming the value found and what was expected, so that the CLI and the service
 * say what they said before the schema did the checking. One problem per path.
 */
final class SchemaMessages {

  static final String ONE_FORM = "expected exactly one of count with of, percent, or phrase";

  /** What a value must be where the schema wants an object or a list, in the reader's words. */
  private static final Map<String, String> SHAPES =
      Map.of(
          "/properties/inspectionPeriod",
          "expected {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}, found ",
          "/properties/samples",
          "expected an object of sample sizes, found ",
          "/$defs/evidenceItem",
          "expected an evidence object, found ",
          "/$defs/finding",
          "expected a finding object, found ",
          "/properties/evidence",
          "expected a list, found ",
          "/properties/findings",
          "expected a list, found ");

  private static final String DRAFT_GRADE = "/properties/draftGrade";
  private static final String DATE = "/$defs/date";
  private static final String MEASURE = "/$defs/evidenceItem/properties/measure";

  private final JsonNode document;

  SchemaMessages(JsonNode document) {
    this.document = document;
  }

  /** The problems of the errors, the first for each path, in the order the validator gave. */
  List<Problem> problems(List<Error> errors) {
    Map<String, Problem> byPath = new LinkedHashMap<>();
    for (Error e : errors) {
      Problem p = problem(e);
      if (p != null) {
        byPath.putIfAbsent(p.path(), p);
      }
    }
    return new ArrayList<>(byPath.values());
  }

  private Problem problem(Error e) {
    String at = path(e.getInstanceLocation());
    String schema = pointer(e.getSchemaLocation().getFragment());
    String owner = schema.substring(0, schema.lastIndexOf('/'));
    JsonNode value = value(e.getInstanceLocation());
    if (owner.startsWith(DRAFT_GRADE)) {
      return new Problem("draftGrade", Echo.of(value) + " is not a grade; " + grades());
    }
    boolean inBranch = e.getEvaluationPath().toString().contains("/oneOf/");
    return switch (e.getKeyword()) {
      case "required" -> inBranch ? null : new Problem(join(at, e.getProperty()), "is missing");
      case "dependentRequired" ->
          new Problem(join(at, String.valueOf(e.getArguments()[0])), "is missing");
      case "additionalProperties" ->
          new Problem(
              join(at, e.getProperty()),
              "is not a field QI Assist knows; expected one of "
                  + String.join(", ", fieldsOf(owner)));
      case "oneOf" -> forms(at, value);
      case "enum" -> owner.equals(MEASURE) ? null : new Problem(at, notOneOf(value, owner));
      case "type" -> new Problem(at, wrongType(value, owner));
      case "minimum", "maximum" -> new Problem(at, value.asText() + " is outside " + range(owner));
      case "minLength", "pattern", "format" ->
          new Problem(
              at,
              owner.equals(DATE)
                  ? Echo.plain(value) + " is not a date; expected YYYY-MM-DD, such as 2023-04-17"
                  : Echo.of(value) + " is not text; expected a non-empty string");
      case "maxLength" ->
          new Problem(
              at,
              "is "
                  + value.asText().codePointCount(0, value.asText().length())
                  + " characters long; the limit is "
                  + EvidenceSchema.limit(owner, "maxLength"));
      case "maxItems" ->
          new Problem(
              at,
              value.size()
                  + " entries is more than the limit of "
                  + EvidenceSchema.limit(owner, "maxItems"));
      default -> new Problem(at, e.getMessage());
    };
  }

  /** "gives percent and phrase; expected exactly one ...", or null when a half is missing. */
  private static Problem forms(String at, JsonNode item) {
    List<String> forms = EvidenceForms.of(item);
    if (forms.size() == 1) {
      return null; // count without of, or of without count: "is missing" says which
    }
    return new Problem(
        at,
        forms.isEmpty()
            ? "no figure given; " + ONE_FORM
            : "gives " + String.join(" and ", forms) + "; " + ONE_FORM);
  }

  private static String wrongType(JsonNode value, String owner) {
    String shape = SHAPES.get(owner);
    if (shape != null) {
      return shape + Echo.of(value);
    }
    JsonNode type = EvidenceSchema.at(owner).get("type");
    String found = Echo.of(value);
    return switch (type == null ? "" : type.asText()) {
      case "integer" -> found + " is not a whole number; expected " + range(owner);
      case "number" -> found + " is not a number; expected " + range(owner);
      case "boolean" -> found + " is not true or false";
      case "string" -> found + " is not text; expected a non-empty string";
      default -> found + " is not " + type;
    };
  }

  private static String notOneOf(JsonNode value, String owner) {
    List<String> quoted =
        EvidenceSchema.strings(EvidenceSchema.at(owner).get("enum")).stream()
            .map(v -> "'" + v + "'")
            .toList();
    return Echo.of(value) + " is not one of " + String.join(", ", quoted);
  }

  private static String grades() {
    return "expected a grade from 1 to 6 or its label: "
        + String.join(
            ", ", EvidenceSchema.strings(EvidenceSchema.at(DRAFT_GRADE + "/oneOf/1/enum")));
  }

  private static String range(String owner) {
    JsonNode s = EvidenceSchema.at(owner);
    return s.get("minimum").asText() + " to " + s.get("maximum").asText();
  }

  private static List<String> fieldsOf(String owner) {
    List<String> names = new ArrayList<>();
    EvidenceSchema.at(owner).get("properties").fieldNames().forEachRemaining(names::add);
    return names.stream().sorted().toList();
  }

  private JsonNode value(NodePath location) {
    JsonNode node = document;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object step = location.getElement(i);
      node = step instanceof Integer index ? node.path(index) : node.path(String.valueOf(step));
    }
    return node;
  }

  /** {@code evidence[3].count} for the instance location /evidence/3/count. */
  static String path(NodePath location) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object step = location.getElement(i);
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }

  private static String pointer(NodePath fragment) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      out.append('/').append(fragment.getElement(i));
    }
    return out.toString();
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}

package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.qiassist.json.QiAssistJson;

/**
 * The schema's constraints compiled once into checks over the reader's own tree, so that a document
 * that meets schema/evidence.schema.json is known to without writing it out again for the
 * validator: the validator (networknt, which reads Jackson 3) costs more than parsing, screening
 * and checking a document together. Only a document this cannot vouch for goes to the validator,
 * and the reader words the validator's errors as before ({@link SchemaMessages}).
 *
 * <p>It vouches only where it is sure the validator agrees: a value on which the two could differ
 * (a number such as 5.0 where the schema wants a whole number, a number too large for a double, a
 * keyword it does not know) leaves the verdict {@link Verdict#UNSURE}, and the validator decides.
 * Patterns and the date format are the validator's own objects. {@code SchemaShortcutTest} holds it
 * to the validator over thousands of altered documents.
 */
final class SchemaShortcut {

  /** What the shortcut says of a value against a schema. */
  enum Verdict {
    MEETS,
    FAILS,
    UNSURE;

    Verdict and(Verdict other) {
      if (this == FAILS || other == FAILS) {
        return FAILS;
      }
      return this == UNSURE || other == UNSURE ? UNSURE : MEETS;
    }
  }

  /** One keyword of a schema, compiled. */
  private interface Check {
    Verdict of(JsonNode value);
  }

  /** Keywords that only describe: they constrain nothing. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "$schema",
          "$id",
          "$defs",
          "$comment",
          "title",
          "description",
          "examples",
          "default",
          "enumDescriptions");

  private final JsonNode root;
  private final RegularExpressionFactory patterns;
  private final Map<String, Check[]> refs = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();
  private final Check document;

  SchemaShortcut(JsonNode schema, RegularExpressionFactory patterns) {
    this.root = schema;
    this.patterns = patterns;
    this.document = compile(schema);
  }

  /** Whether the document (without nulls) certainly meets the schema, certainly not, or either. */
  Verdict check(JsonNode document) {
    return document.isMissingNode() ? Verdict.UNSURE : this.document.of(document);
  }

  /** The schema's keywords the shortcut does not know: each makes its part of a document UNSURE. */
  Set<String> unknownKeywords() {
    return Set.copyOf(unknown);
  }

  private Check compile(JsonNode schema) {
    if (schema.isBoolean()) {
      Verdict v = schema.asBoolean() ? Verdict.MEETS : Verdict.FAILS;
      return value -> v;
    }
    List<Check> checks = new ArrayList<>();
    schema
        .fields()
        .forEachRemaining(
            keyword -> {
              if (!ANNOTATIONS.contains(keyword.getKey())) {
                checks.add(keyword(keyword.getKey(), keyword.getValue(), schema));
              }
            });
    Check[] all = checks.toArray(Check[]::new);
    return value -> {
      Verdict v = Verdict.MEETS;
      for (Check c : all) {
        v = v.and(c.of(value));
        if (v == Verdict.FAILS) {
          return v;
        }
      }
      return v;
    };
  }

  private Check keyword(String name, JsonNode arg, JsonNode schema) {
    return switch (name) {
      case "type" -> types(SchemaTypes.names(arg));
      case "enum" -> enumOf(arg);
      case "const" -> enumOf(QiAssistJson.MAPPER.createArrayNode().add(arg));
      case "if" -> ifThenElse(compile(arg), schema.get("then"), schema.get("else"));
      case "then", "else" -> value -> Verdict.MEETS; // part of "if"
      case "minimum" -> bound(arg, true);
      case "maximum" -> bound(arg, false);
      case "minLength" -> length(arg.asInt(), true);
      case "maxLength" -> length(arg.asInt(), false);
      case "pattern" -> pattern(arg.asText());
      case "format" -> format(arg.asText());
      case "required" -> required(EvidenceSchema.strings(arg));
      case "properties" -> properties(arg);
      case "additionalProperties" -> additional(arg, schema.path("properties"), schema);
      case "dependentRequired" -> dependentRequired(arg);
      case "items" -> items(compile(arg));
      case "maxItems" -> count(arg.asInt());
      case "oneOf" -> oneOf(arg);
      case "$ref" -> ref(arg.asText());
      default -> unknown(name);
    };
  }

  private static Check types(List<String> names) {
    return value -> SchemaTypes.check(value, names);
  }

  private Check unknown(String name) {
    unknown.add(name);
    return value -> Verdict.UNSURE;
  }

  private static Verdict of(boolean meets) {
    return meets ? Verdict.MEETS : Verdict.FAILS;
  }

  private static Check enumOf(JsonNode values) {
    Set<JsonNode> allowed = new HashSet<>();
    values.forEach(allowed::add);
    boolean plain = allowed.stream().allMatch(v -> v.isTextual() || v.isBoolean());
    return value -> {
      if (allowed.contains(value)) {
        return Verdict.MEETS;
      }
      // Text and true or false compare alike in both libraries; numbers are left to the validator.
      return plain && !value.isNumber() ? Verdict.FAILS : Verdict.UNSURE;
    };
  }

  /** An inclusive bound: whole numbers compared exactly, doubles against a whole-number bound. */
  private Check bound(JsonNode limit, boolean lower) {
    if (!limit.canConvertToExactIntegral() || !limit.canConvertToLong()) {
      return unknown((lower ? "minimum" : "maximum") + " that is not a whole number");
    }
    BigDecimal bound = limit.decimalValue();
    return value -> {
      if (!value.isNumber()) {
        return SchemaTypes.nonFinite(value) ? Verdict.UNSURE : Verdict.MEETS;
      }
      if (SchemaTypes.nonFinite(value)) {
        return Verdict.UNSURE;
      }
      int c = value.decimalValue().compareTo(bound);
      return of(lower ? c >= 0 : c <= 0);
    };
  }

  /** minLength and maxLength count code points, as the validator does. */
  private static Check length(int limit, boolean lower) {
    return value -> {
      if (!value.isTextual()) {
        return SchemaTypes.nonFinite(value) ? Verdict.UNSURE : Verdict.MEETS;
      }
      String text = value.asText();
      if (!lower && text.length() <= limit) {
        return Verdict.MEETS;
      }
      int length = text.codePointCount(0, text.length());
      return of(lower ? length >= limit : length <= limit);
    };
  }

  /**
   * A pattern, through the validator's own regular expressions; "\\S" (some text that is not
   * whitespace), on every text of a document, is the loop it stands for in the JDK's regular
   * expressions, which the validator uses ({@link #notBlank}).
   */
  private Check pattern(String source) {
    RegularExpression regex = patterns.getRegularExpression(source);
    boolean notBlank = source.equals(NOT_BLANK) && patterns instanceof JDKRegularExpressionFactory;
    return value -> {
      if (!value.isTextual()) {
        return SchemaTypes.nonFinite(value) ? Verdict.UNSURE : Verdict.MEETS;
      }
      return of(notBlank ? notBlank(value.asText()) : regex.matches(value.asText()));
    };
  }

  static final String NOT_BLANK = "\\S";

  /** What "\\S" finds in Java: a character other than space, tab, line feed, \\x0B, \\f, \\r. */
  static boolean notBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        return true;
      }
    }
    return false;
  }

  /** The validator's own format, called as its validator calls it on a string. */
  private Check format(String name) {
    Format format =
        Formats.DEFAULT.stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    if (format == null || !name.equals("date")) {
      return unknown("format " + name);
    }
    return value -> {
      if (!value.isTextual()) {
        return SchemaTypes.nonFinite(value) ? Verdict.UNSURE : Verdict.MEETS;
      }
      return of(format.matches(null, value.asText()));
    };
  }

  /** "then" where "if" holds, "else" where it does not; each absent one holds. */
  private Check ifThenElse(Check condition, JsonNode then, JsonNode otherwise) {
    Check yes = then == null ? value -> Verdict.MEETS : compile(then);
    Check no = otherwise == null ? value -> Verdict.MEETS : compile(otherwise);
    return value ->
        switch (condition.of(value)) {
          case MEETS -> yes.of(value);
          case FAILS -> no.of(value);
          case UNSURE -> Verdict.UNSURE;
        };
  }

  private static Check required(List<String> fields) {
    return value -> {
      if (!value.isObject()) {
        return Verdict.MEETS;
      }
      for (String field : fields) {
        if (!value.has(field)) {
          return Verdict.FAILS;
        }
      }
      return Verdict.MEETS;
    };
  }

  private Check properties(JsonNode properties) {
    Map<String, Check> byName = new HashMap<>();
    properties.fields().forEachRemaining(p -> byName.put(p.getKey(), compile(p.getValue())));
    return eachField(byName::get);
  }

  private Check additional(JsonNode allowed, JsonNode properties, JsonNode schema) {
    if (schema.has("patternProperties")) {
      return unknown("additionalProperties beside patternProperties");
    }
    Set<String> known = new HashSet<>();
    properties.fieldNames().forEachRemaining(known::add);
    Check extra = compile(allowed);
    return eachField(name -> known.contains(name) ? null : extra);
  }

  /**
   * Each field of an object held to the check {@code checkOf} names for it (none where it gives
   * null), stopping at the first that fails; a value that is not an object meets it.
   */
  private static Check eachField(java.util.function.Function<String, Check> checkOf) {
    return value -> {
      if (!value.isObject()) {
        return Verdict.MEETS;
      }
      Verdict v = Verdict.MEETS;
      for (var field = value.fields(); field.hasNext() && v != Verdict.FAILS; ) {
        var f = field.next();
        Check c = checkOf.apply(f.getKey());
        if (c != null) {
          v = v.and(c.of(f.getValue()));
        }
      }
      return v;
    };
  }

  private static Check dependentRequired(JsonNode dependencies) {
    Map<String, List<String>> needs = new HashMap<>();
    dependencies
        .fields()
        .forEachRemaining(d -> needs.put(d.getKey(), EvidenceSchema.strings(d.getValue())));
    return value -> {
      if (!value.isObject()) {
        return Verdict.MEETS;
      }
      for (var need : needs.entrySet()) {
        if (value.has(need.getKey()) && !need.getValue().stream().allMatch(value::has)) {
          return Verdict.FAILS;
        }
      }
      return Verdict.MEETS;
    };
  }

  private static Check items(Check each) {
    return value -> {
      if (!value.isArray()) {
        return Verdict.MEETS;
      }
      Verdict v = Verdict.MEETS;
      for (int i = 0; i < value.size() && v != Verdict.FAILS; i++) {
        v = v.and(each.of(value.get(i)));
      }
      return v;
    };
  }

  private static Check count(int most) {
    return value -> of(!value.isArray() || value.size() <= most);
  }

  /** Exactly one branch: sure only when every branch's verdict is. */
  private Check oneOf(JsonNode branches) {
    List<Check> compiled = new ArrayList<>();
    branches.forEach(b -> compiled.add(compile(b)));
    return value -> {
      int meets = 0;
      for (Check branch : compiled) {
        Verdict v = branch.of(value);
        if (v == Verdict.UNSURE) {
          return Verdict.UNSURE;
        }
        meets += v == Verdict.MEETS ? 1 : 0;
      }
      return of(meets == 1);
    };
  }

  /**
   * A reference within the schema ("#/$defs/date"), compiled once; a reference met again while it
   * is being compiled (a recursive schema) finds it through the same holder.
   */
  private Check ref(String ref) {
    if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
      return unknown("$ref " + ref);
    }
    Check[] target = refs.get(ref);
    if (target == null) {
      target = new Check[1];
      refs.put(ref, target);
      target[0] = compile(root.at(ref.substring(1)));
    }
    Check[] resolved = target;
    return value -> resolved[0].of(value);
  }
}

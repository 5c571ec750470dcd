package scot.qiassist.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import scot.qiassist.json.QiAssistJson;

/**
 * schema/evidence.schema.json, the one statement of the evidence document's structure, types and
 * limits: editors use the file, and the reader checks every document against the same file (packed
 * in the jar) before it checks what a schema cannot say. A document that {@link SchemaShortcut}
 * vouches for is not written out again for the validator; every other one is, and its errors are
 * the validator's.
 */
final class EvidenceSchema {

  static final String RESOURCE = "/schema/evidence.schema.json";
  private static final ObjectMapper JSON = QiAssistJson.MAPPER;

  /** Draft 2020-12, knowing the editors' "enumDescriptions" as an annotation, not a mistake. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          Dialect.builder(Dialects.getDraft202012())
              .keyword(new AnnotationKeyword("enumDescriptions"))
              .build());

  private static final JsonNode TREE = load();
  private static final Schema SCHEMA = REGISTRY.getSchema(TREE.toString(), InputFormat.JSON);
  private static final SchemaShortcut SHORTCUT =
      new SchemaShortcut(TREE, REGISTRY.getSchemaRegistryConfig().getRegularExpressionFactory());

  private EvidenceSchema() {}

  /**
   * The schema's errors for a document (without nulls: see {@link #withoutNulls}): none when the
   * shortcut is sure the document meets the schema, else the validator's.
   */
  static List<Error> validate(JsonNode document) {
    if (SHORTCUT.check(document) == SchemaShortcut.Verdict.MEETS) {
      return List.of();
    }
    return validator(document);
  }

  /** The validator's errors for a document, always from the validator itself. */
  static List<Error> validator(JsonNode document) {
    String text;
    try {
      text = JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that Jackson read could not be written", e);
    }
    return SCHEMA.validate(
        text,
        InputFormat.JSON,
        context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  /** The shortcut's verdict on a document, for the test that holds it to the validator. */
  static SchemaShortcut shortcut() {
    return SHORTCUT;
  }

  /** The schema's node at a JSON pointer such as {@code /$defs/finding/properties/text}. */
  static JsonNode at(String pointer) {
    return TREE.at(pointer);
  }

  /** The maxLength or maxItems the schema gives the node at a pointer. */
  static int limit(String pointer, String keyword) {
    JsonNode limit = at(pointer).get(keyword);
    if (limit == null || !limit.canConvertToInt()) {
      throw new IllegalStateException(RESOURCE + " gives no " + keyword + " at " + pointer);
    }
    return limit.asInt();
  }

  /**
   * The document without the fields whose value is null (itself when it holds none): the reader
   * takes {@code "note": null} as no note, as a file written by another tool often says, where the
   * schema would want the field left out.
   */
  static JsonNode withoutNulls(JsonNode node) {
    return holdsNull(node) ? copyWithoutNulls(node) : node;
  }

  private static boolean holdsNull(JsonNode node) {
    if (node.isNull()) {
      return true;
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (holdsNull(child)) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode copyWithoutNulls(JsonNode node) {
    if (node.isObject()) {
      var copy = JSON.createObjectNode();
      node.fields()
          .forEachRemaining(
              f -> {
                if (!f.getValue().isNull()) {
                  copy.set(f.getKey(), copyWithoutNulls(f.getValue()));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(e -> copy.add(copyWithoutNulls(e)));
      return copy;
    }
    return node;
  }

  /** The string values of an array node, in order. */
  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static JsonNode load() {
    try (InputStream in = EvidenceSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " could not be read", e);
    }
  }
}

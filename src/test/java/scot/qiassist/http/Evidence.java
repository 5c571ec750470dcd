package scot.qiassist.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import scot.qiassist.RepositoryRules;

/** Evidence documents for the service tests, built from the North Lanarkshire example. */
final class Evidence {

  static final Path NORTH_LANARKSHIRE =
      RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Evidence() {}

  static String northLanarkshire() {
    try {
      return Files.readString(NORTH_LANARKSHIRE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evidence file examples/NAME.json, such as "constructed-good". */
  static String example(String name) {
    try {
      return Files.readString(RepositoryRules.EXAMPLES.resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode northLanarkshireTree() {
    try {
      return (ObjectNode) JSON.readTree(northLanarkshire());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The smallest evidence the reader accepts: a partnership and nothing else. */
  /**
   * The least evidence that is graded: a finding on each of three statements, one of them statement
   * 1 (rules/grade/qi-2-1-sufficiency.drl).
   */
  static String minimal() {
    return """
        {"partnership": "Test partnership", "findings": [
          {"statement": 1, "kind": "strength", "weight": "minor", "text": "Some concerns were shared in time."},
          {"statement": 2, "kind": "strength", "weight": "minor", "text": "Some plans were in place."},
          {"statement": 3, "kind": "strength", "weight": "minor", "text": "Some children were heard."}]}""";
  }

  /** Evidence that bears on no statement, so it is not graded. */
  static String ungradable() {
    return "{\"partnership\": \"Test partnership\"}";
  }

  /**
   * The North Lanarkshire evidence with another partnership name and another count for one measure:
   * every client of the concurrency test sends its own.
   */
  static String variant(String partnership, String measure, int count, int of) {
    ObjectNode doc = northLanarkshireTree();
    doc.put("partnership", partnership);
    ArrayNode items = (ArrayNode) doc.get("evidence");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).get("measure").asText().equals(measure)) {
        ObjectNode item = JSON.createObjectNode();
        item.put("measure", measure).put("count", count).put("of", of);
        items.set(i, item);
      }
    }
    return doc.toString();
  }

  /** The North Lanarkshire evidence under another partnership's name, and nothing else changed. */
  static String renamed(String partnership) {
    ObjectNode doc = northLanarkshireTree();
    doc.put("partnership", partnership);
    return doc.toString();
  }

  static String withDraftGrade(String draft) {
    ObjectNode doc = northLanarkshireTree();
    doc.put("draftGrade", draft);
    return doc.toString();
  }
}

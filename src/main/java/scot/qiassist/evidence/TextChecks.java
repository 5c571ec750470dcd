package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of an evidence document's text: no string anywhere holds a control character, and no
 * free-text field (partnership, description, each note and each finding's text) looks like it
 * identifies a person.
 */
final class TextChecks {

  static final String NOT_A_PERSON =
      "; evidence must be about services in aggregate, without names or details of children or families";

  /** The free-text fields, by the list they stand in ("" for the document itself). */
  private static final Map<String, Set<String>> FREE_TEXT =
      Map.of(
          "", Set.of("partnership", "description"),
          "evidence", Set.of("note"),
          "findings", Set.of("text"));

  private TextChecks() {}

  static List<Problem> problems(JsonNode doc) {
    List<Problem> problems = new ArrayList<>();
    if (holdsRefused(doc)) {
      walk(doc, "", problems); // builds every path: only for a document with something to report
    }
    screen(doc, "", -1, FREE_TEXT.get(""), problems);
    for (String list : List.of("evidence", "findings")) {
      JsonNode items = doc.path(list);
      for (int i = 0; items.isArray() && i < items.size(); i++) {
        screen(items.get(i), list, i, FREE_TEXT.get(list), problems);
      }
    }
    return problems;
  }

  /** "looks like it identifies a person: a postcode ('ML1 ***', at character 21); ...". */
  static String identifies(String what) {
    return "looks like it identifies a person: " + what + NOT_A_PERSON;
  }

  /** The free text of the document (index -1) or of the list's item at the index. */
  private static void screen(
      JsonNode node, String list, int index, Set<String> fields, List<Problem> out) {
    if (!node.isObject()) {
      return;
    }
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        PersonalDataScreen.check(value.asText())
            .ifPresent(
                what -> {
                  String item = index < 0 ? list : list + "[" + index + "]";
                  out.add(new Problem(join(item, field), identifies(what)));
                });
      }
    }
  }

  /** Whether any string or field name of the document holds a character the walk would look at. */
  private static boolean holdsRefused(JsonNode node) {
    if (node.isTextual()) {
      return ControlCharacters.mayHoldRefused(node.asText());
    }
    if (node.isObject()) {
      for (var fields = node.fields(); fields.hasNext(); ) {
        var f = fields.next();
        if (ControlCharacters.mayHoldRefused(f.getKey()) || holdsRefused(f.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (holdsRefused(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void walk(JsonNode node, String path, List<Problem> out) {
    if (node.isTextual()) {
      ControlCharacters.check(node.asText()).ifPresent(m -> out.add(new Problem(path, m)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                String at = join(path, ControlCharacters.visible(f.getKey()));
                ControlCharacters.check(f.getKey())
                    .ifPresent(m -> out.add(new Problem(at, "the field's name " + m)));
                walk(f.getValue(), at, out);
              });
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}

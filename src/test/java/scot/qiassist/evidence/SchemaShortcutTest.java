package scot.qiassist.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.evidence.SchemaShortcut.Verdict;
import scot.qiassist.json.QiAssistJson;

/**
 * The shortcut agrees with the validator wherever it is sure: over every example, and over every
 * document made from two of them by changing one value to one of many odd values, removing one
 * field, or adding one.
 */
class SchemaShortcutTest {

  /** Values put in place of each value of a document, many of them at a limit of the schema. */
  private static final List<String> ODD_VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "1",
          "4",
          "5",
          "6",
          "7",
          "100",
          "101",
          "1000000",
          "1000001",
          "12345678901234567890",
          "5.0",
          "5.5",
          "88.5",
          "100.0",
          "100.00000000000001",
          "-0.0",
          "1e2",
          "1e999",
          "\"\"",
          "\" \"",
          "\"\\u00a0\"",
          "\"\\t\"",
          "\"Good\"",
          "\"good\"",
          "\"5\"",
          "\"2023-04-17\"",
          "\"2023-02-29\"",
          "\"2024-02-29\"",
          "\"2023-4-17\"",
          "\"2023-04-17\\n\"",
          "\"0000-01-01\"",
          "\"+12023-01-01\"",
          "\"ird-held\"",
          "\"strength\"",
          "\"major\"",
          "\"secure\"",
          "\"most\"",
          "\"" + "x".repeat(100) + "\"",
          "\"" + "x".repeat(101) + "\"",
          "\"" + "x".repeat(120) + "\"",
          "\"" + "x".repeat(121) + "\"",
          "\"" + "\uD83D\uDE00".repeat(120) + "\"",
          "\"" + "\uD83D\uDE00".repeat(121) + "\"",
          "\"" + "x".repeat(2001) + "\"",
          "{}",
          "[]",
          "{\"a\": 1}",
          "[\"x\"]",
          "[null]",
          "{\"count\": 1, \"of\": 2}");

  private final SchemaShortcut shortcut = EvidenceSchema.shortcut();

  @Test
  void the_shortcut_knows_every_keyword_the_schema_uses() {
    assertThat(shortcut.unknownKeywords()).isEmpty();
  }

  @Test
  void the_loop_for_not_blank_finds_what_the_validators_pattern_finds_for_every_character() {
    RegularExpression regex =
        JDKRegularExpressionFactory.getInstance().getRegularExpression(SchemaShortcut.NOT_BLANK);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String text = " " + c + "\t";
      assertThat(SchemaShortcut.notBlank(text))
          .as("U+%04X", (int) c)
          .isEqualTo(regex.matches(text));
    }
    assertThat(SchemaShortcut.notBlank("")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("scot.qiassist.evidence.EvidenceSchemaTest#examples")
  void every_example_is_vouched_for_without_the_validator(Path example) throws IOException {
    assertThat(shortcut.check(document(Files.readString(example)))).isEqualTo(Verdict.MEETS);
  }

  @Test
  void wherever_the_shortcut_is_sure_the_validator_agrees() throws IOException {
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (String example : List.of("north-lanarkshire-2023.json", "constructed-good.json")) {
      JsonNode original =
          QiAssistJson.MAPPER.readTree(Files.readString(Path.of("examples", example)));
      for (JsonNode changed : changes(original)) {
        JsonNode doc = EvidenceSchema.withoutNulls(changed);
        Verdict verdict = shortcut.check(doc);
        List<Error> errors = EvidenceSchema.validator(doc);
        verdicts.merge(verdict, 1, Integer::sum);
        if (verdict == Verdict.MEETS) {
          assertThat(errors).as("the validator's errors for %s", doc).isEmpty();
        } else if (verdict == Verdict.FAILS) {
          assertThat(errors).as("the validator's errors for %s", doc).isNotEmpty();
        }
      }
    }
    // Every kind of verdict was reached, and the validator is asked about few documents.
    assertThat(verdicts.get(Verdict.MEETS)).isGreaterThan(300);
    assertThat(verdicts.get(Verdict.FAILS)).isGreaterThan(2_000);
    assertThat(verdicts.get(Verdict.UNSURE)).isBetween(1, verdicts.get(Verdict.FAILS) / 20);
  }

  @Test
  void a_list_longer_than_the_schema_allows_fails_without_the_validator() throws IOException {
    ObjectNode doc = (ObjectNode) document("{\"partnership\": \"Fife\"}");
    ArrayNode findings = doc.putArray("findings");
    for (int i = 0; i < EvidenceReader.MAX_ITEMS + 1; i++) {
      findings
          .addObject()
          .put("statement", 1)
          .put("kind", "strength")
          .put("weight", "major")
          .put("text", "A finding.");
    }
    assertThat(shortcut.check(doc)).isEqualTo(Verdict.FAILS);
    assertThat(EvidenceSchema.validator(doc)).isNotEmpty();
    findings.remove(0);
    assertThat(shortcut.check(doc)).isEqualTo(Verdict.MEETS);
    assertThat(EvidenceSchema.validator(doc)).isEmpty();
  }

  private static JsonNode document(String json) throws IOException {
    return EvidenceSchema.withoutNulls(QiAssistJson.MAPPER.readTree(json));
  }

  /** Every document one change away from the original. */
  private static List<JsonNode> changes(JsonNode original) throws IOException {
    List<JsonNode> odd = new ArrayList<>();
    for (String value : ODD_VALUES) {
      odd.add(QiAssistJson.MAPPER.readTree(value));
    }
    List<JsonNode> changed = new ArrayList<>();
    changes(original, "", odd, changed, original);
    return changed;
  }

  private static void changes(
      JsonNode node, String pointer, List<JsonNode> odd, List<JsonNode> out, JsonNode root) {
    if (!pointer.isEmpty()) {
      for (JsonNode value : odd) {
        out.add(replaced(root, pointer, value));
      }
      out.add(replaced(root, pointer, null));
    }
    if (node.isObject()) {
      JsonNode added = root.deepCopy();
      ((ObjectNode) added.at(pointer.isEmpty() ? "" : pointer)).put("unexpected", 1);
      out.add(added);
      node.fieldNames()
          .forEachRemaining(name -> changes(node.get(name), pointer + "/" + name, odd, out, root));
    } else if (node.isArray()) {
      // The items of a list are alike: one of each set of fields given stands for the rest.
      Set<List<String>> shapes = new HashSet<>();
      for (int i = 0; i < node.size(); i++) {
        List<String> shape = new ArrayList<>();
        node.get(i).fieldNames().forEachRemaining(shape::add);
        if (shapes.add(shape)) {
          changes(node.get(i), pointer + "/" + i, odd, out, root);
        }
      }
    }
  }

  /** The document with the value at the pointer replaced, or removed when the value is null. */
  private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    if (parent instanceof ObjectNode object) {
      if (value == null) {
        object.remove(last);
      } else {
        object.set(last, value);
      }
    } else if (parent instanceof ArrayNode array) {
      if (value == null) {
        array.remove(Integer.parseInt(last));
      } else {
        array.set(Integer.parseInt(last), value);
      }
    }
    return copy;
  }
}

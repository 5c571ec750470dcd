package scot.qiassist.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scot.qiassist.json.QiAssistJson;

/**
 * The examples of a directory and the expected outcome written beside each ({@code
 * NAME.expected.json} beside {@code NAME.json}), read and written in one format.
 */
public final class ExpectedOutcomes {

  private static final String SUFFIX = ".expected.json";

  private ExpectedOutcomes() {}

  /** Every evidence file of a directory, sorted; expected-outcome files are not examples. */
  public static List<Path> examplesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(SUFFIX))
          .sorted()
          .toList();
    }
  }

  public static Path expectedFileOf(Path example) {
    String name = example.getFileName().toString();
    return example.resolveSibling(name.substring(0, name.length() - ".json".length()) + SUFFIX);
  }

  /**
   * @throws IOException when the file is missing or not in the expected-outcome format
   */
  public static Outcome read(Path expectedFile) throws IOException {
    JsonNode node = QiAssistJson.MAPPER.readTree(expectedFile.toFile());
    if (node == null || !node.has("grade") || !node.has("keyMessages") || !node.has("firedRules")) {
      throw new IOException(
          expectedFile + ": expected an object with grade, keyMessages and firedRules");
    }
    List<String> messages = new ArrayList<>();
    node.get("keyMessages")
        .forEach(k -> messages.add(k.get("statement").asInt() + ": " + k.get("text").asText()));
    List<String> fired = new ArrayList<>();
    node.get("firedRules").forEach(r -> fired.add(r.asText()));
    return new Outcome(node.get("grade").asText(), messages, fired);
  }

  /** Writes an outcome as an expected-outcome file, in the format {@link #read} takes. */
  public static void write(Path expectedFile, Outcome outcome) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("grade", outcome.grade());
    json.put("keyMessages", outcome.keyMessages().stream().map(ExpectedOutcomes::message).toList());
    json.put("firedRules", outcome.firedRules());
    Files.writeString(expectedFile, QiAssistJson.INDENTED.writeValueAsString(json) + "\n");
  }

  private static Map<String, Object> message(String statementAndText) {
    int colon = statementAndText.indexOf(": ");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statement", Integer.parseInt(statementAndText.substring(0, colon)));
    m.put("text", statementAndText.substring(colon + 2));
    return m;
  }
}

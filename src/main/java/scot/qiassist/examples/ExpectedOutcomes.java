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
   * Reads an expected outcome: the grade (or "Not graded"), the key messages, and the deciding
   * criteria ({@code notLower}, {@code notHigher}) or, when not graded, what the evidence lacks
   * ({@code insufficient}).
   *
   * @throws IOException when the file is missing or not in the expected-outcome format
   */
  public static Outcome read(Path expectedFile) throws IOException {
    JsonNode node = QiAssistJson.MAPPER.readTree(expectedFile.toFile());
    if (node == null
        || !node.has("grade")
        || !node.has("keyMessages")
        || !node.has("decidingCriteria")) {
      throw new IOException(
          expectedFile
              + ": expected an object with grade, keyMessages and decidingCriteria (notLower,"
              + " notHigher); write one with qi-assist test --accept");
    }
    List<String> messages = new ArrayList<>();
    node.get("keyMessages")
        .forEach(k -> messages.add(k.get("statement").asInt() + ": " + k.get("text").asText()));
    JsonNode deciding = node.get("decidingCriteria");
    return new Outcome(
        node.get("grade").asText(),
        messages,
        texts(deciding.get("notLower")),
        texts(deciding.get("notHigher")),
        texts(node.get("insufficient")),
        List.of());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array != null) {
      array.forEach(t -> texts.add(t.asText()));
    }
    return texts;
  }

  /** Writes an outcome as an expected-outcome file, in the format {@link #read} takes. */
  public static void write(Path expectedFile, Outcome outcome) throws IOException {
    Files.writeString(expectedFile, text(outcome));
  }

  /** An outcome as the text of an expected-outcome file. */
  public static String text(Outcome outcome) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("grade", outcome.grade());
    json.put("keyMessages", outcome.keyMessages().stream().map(ExpectedOutcomes::message).toList());
    Map<String, Object> deciding = new LinkedHashMap<>();
    deciding.put("notLower", outcome.notLower());
    deciding.put("notHigher", outcome.notHigher());
    json.put("decidingCriteria", deciding);
    if (!outcome.insufficient().isEmpty()) {
      json.put("insufficient", outcome.insufficient());
    }
    return QiAssistJson.INDENTED.writeValueAsString(json) + "\n";
  }

  private static Map<String, Object> message(String statementAndText) {
    int colon = statementAndText.indexOf(": ");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statement", Integer.parseInt(statementAndText.substring(0, colon)));
    m.put("text", statementAndText.substring(colon + 2));
    return m;
  }
}

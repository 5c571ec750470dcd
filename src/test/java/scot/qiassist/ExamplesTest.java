package scot.qiassist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;

/** Every example in examples/ meets the outcome written beside it. */
class ExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(RepositoryRules.EXAMPLES)) {
      List<Path> evidence = files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
          .sorted()
          .toList();
      assertThat(evidence).as("examples in examples/").isNotEmpty();
      return evidence.stream();
    }
  }

  @ParameterizedTest(name = "{0} meets its expected outcome")
  @MethodSource("examples")
  void every_example_meets_its_expected_outcome(Path example) throws Exception {
    Path expectedFile = Path.of(example.toString().replace(".json", ".expected.json"));
    assertThat(expectedFile).as("expected outcome beside " + example).exists();
    JsonNode expected = JSON.readTree(expectedFile.toFile());

    Evaluation result = RepositoryRules.evaluator().evaluate(RepositoryRules.reader().read(Files.readString(example)));

    assertThat(result.grade().label()).as("grade").isEqualTo(expected.get("grade").asText());
    assertThat(keyMessages(result)).as("key messages").containsExactlyInAnyOrderElementsOf(expectedKeyMessages(expected));
    assertThat(new TreeSet<>(result.firedRules().stream().map(FiredRule::ruleId).toList()))
        .as("fired rule ids")
        .containsExactlyElementsOf(new TreeSet<>(strings(expected.get("firedRules"))));
  }

  private static List<String> keyMessages(Evaluation result) {
    return result.keyMessages().stream().map(k -> k.statement() + ": " + k.text()).toList();
  }

  private static List<String> expectedKeyMessages(JsonNode expected) {
    List<String> messages = new ArrayList<>();
    expected.get("keyMessages").forEach(k -> messages.add(k.get("statement").asInt() + ": " + k.get("text").asText()));
    return messages;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}

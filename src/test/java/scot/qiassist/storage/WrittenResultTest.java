package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.json.QiAssistJson;

class WrittenResultTest {

  private final StoredExamples.Example northLanarkshire =
      StoredExamples.get("north-lanarkshire-2023");

  @Test
  void the_answer_is_the_result_as_json_with_its_id_first() throws Exception {
    WrittenResult written = WrittenResult.of(northLanarkshire.result());

    JsonNode answer = QiAssistJson.MAPPER.readTree(written.withId("an-id"));

    ObjectNode expected = QiAssistJson.MAPPER.createObjectNode().put("id", "an-id");
    expected.setAll((ObjectNode) QiAssistJson.MAPPER.valueToTree(northLanarkshire.result()));
    assertThat(answer).isEqualTo(expected);
    List<String> names =
        StreamSupport.stream(((Iterable<String>) answer::fieldNames).spliterator(), false).toList();
    assertThat(names.get(0)).isEqualTo("id");
  }

  @Test
  void a_result_that_is_not_stored_is_answered_with_a_null_id() throws Exception {
    JsonNode answer =
        QiAssistJson.MAPPER.readTree(WrittenResult.of(northLanarkshire.result()).withId(null));

    assertThat(answer.get("id").isNull()).isTrue();
    assertThat(answer.get("grade").get("label").asText()).isEqualTo("Very good");
  }

  @Test
  void the_stored_row_holds_the_same_json_as_the_answer(@TempDir Path temp) {
    try (Database database = Databases.fresh(Databases.Kind.SQLITE, temp)) {
      EvaluationStore store = new EvaluationStore(database);
      WrittenResult written = WrittenResult.of(northLanarkshire.result());

      String id = store.save(northLanarkshire.json(), northLanarkshire.evidence(), written, "ina");

      assertThat(store.get(id).result()).isEqualTo(northLanarkshire.result());
    }
  }
}

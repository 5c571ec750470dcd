package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /api/evaluations/{id}/consistency: the stored evaluations most alike one, with their grades
 * (the moderated grade where a panel decided one), flagging alike evidence graded differently.
 */
class ConsistencyRouteTest {

  private static RunningService service;
  private static Client morag;
  private static String northLanarkshire;
  private static String copy;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    morag = service.client().as(Team.MORAG);
    northLanarkshire = service.post(Team.INA, Evidence.northLanarkshire());
    for (String example :
        List.of("constructed-excellent", "constructed-good", "constructed-weak")) {
      service.post(Team.IVOR, Evidence.example(example));
    }
    copy = service.post(Team.IVOR, Evidence.renamed("North Lanarkshire, posted again"));
    Reply adjusted =
        morag.postJson(
            "/api/evaluations/" + copy + "/decisions",
            "{\"outcome\": \"adjust\", \"grade\": 4, \"reason\": \"A panel thought the plans weighed more.\"}");
    assertThat(adjusted.status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void
      the_most_alike_come_first_each_with_its_current_grade_and_alike_evidence_graded_differently_is_flagged() {
    Reply reply = morag.get("/api/evaluations/" + northLanarkshire + "/consistency");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode report = reply.json();
    assertThat(report.get("compared").asInt()).isEqualTo(4);
    assertThat(report.at("/grade/label").asText()).isEqualTo("Very good");
    JsonNode nearest = report.get("nearest").get(0);
    assertThat(nearest.get("id").asText()).isEqualTo(copy);
    assertThat(nearest.get("similarity").asDouble()).isEqualTo(1.0);
    assertThat(nearest.at("/grade/label").asText()).as("the moderated grade").isEqualTo("Good");
    assertThat(nearest.get("moderated").asBoolean()).isTrue();
    assertThat(nearest.get("differentGrade").asBoolean()).isTrue();
    assertThat(similarities(report)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(report.get("nearest")).hasSize(4);
  }

  @Test
  void nearest_says_how_many_to_list_and_a_number_out_of_range_is_a_400() {
    assertThat(
            morag
                .get("/api/evaluations/" + northLanarkshire + "/consistency?nearest=2")
                .json()
                .get("nearest"))
        .hasSize(2);

    Reply wrong = morag.get("/api/evaluations/" + northLanarkshire + "/consistency?nearest=101");

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().at("/errors/0/message").asText())
        .isEqualTo("'101' is not a whole number from 1 to 100");
  }

  @Test
  void an_inspectors_evaluation_is_compared_with_their_own_evaluations_only() {
    Reply reply =
        service.client().as(Team.INA).get("/api/evaluations/" + northLanarkshire + "/consistency");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("compared").asInt()).isZero();
    assertThat(reply.json().get("nearest")).isEmpty();
  }

  private static List<Double> similarities(JsonNode report) {
    List<Double> values = new ArrayList<>();
    report.get("nearest").forEach(n -> values.add(n.get("similarity").asDouble()));
    return values;
  }
}

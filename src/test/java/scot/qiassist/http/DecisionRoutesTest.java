package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/evaluations/{id}/decisions: appended, never rewritten; 400, 403, 404, 409 and 415. */
class DecisionRoutesTest {

  static final String KEY_MESSAGE =
      "Senior leaders had a clear vision, which was understood by staff. "
          + "It was threaded through strategic documents, plans and outcomes.";

  private RunningService service;
  private Client morag;
  private String id;

  @BeforeEach
  void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    morag = service.client().as(Team.MORAG);
    Reply posted =
        service.client().as(Team.INA).postJson("/api/evaluations", Evidence.northLanarkshire());
    id = posted.json().get("id").asText();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private Reply decide(Client client, String json) {
    return client.postJson("/api/evaluations/" + id + "/decisions", json);
  }

  @Test
  void a_moderator_agrees_and_the_decision_is_recorded_with_the_grade_it_keeps_and_who_made_it() {
    Reply reply = decide(morag, "{\"outcome\": \"agree\"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.headers().firstValue("Location")).hasValue("/api/evaluations/" + id);
    assertThat(reply.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode decision = reply.json();
    assertThat(decision.get("sequence").asInt()).isEqualTo(1);
    assertThat(decision.get("outcome").asText()).isEqualTo("agree");
    assertThat(decision.get("grade").asInt()).isEqualTo(5);
    assertThat(decision.get("gradeLabel").asText()).isEqualTo("Very good");
    assertThat(decision.get("moderator").asText()).isEqualTo(Team.MORAG_NAME);
    Reply stored = morag.get("/api/evaluations/" + id);
    assertThat(stored.json().get("decisions")).containsExactly(decision);
    assertThat(stored.headers().firstValue("ETag")).hasValue("\"1\"");
  }

  @Test
  void an_adjustment_changes_the_current_grade_and_leaves_the_earlier_decision_as_it_was() {
    JsonNode first =
        decide(morag, "{\"outcome\": \"agree\", \"reason\": \"The evidence supports it.\"}").json();

    Reply second =
        decide(
            morag,
            """
        {"outcome": "adjust", "grade": 4, "reason": "Plans were of inconsistent quality in most records.",
         "comments": [{"keyMessage": "%s", "text": "Agreed as written."}]}"""
                .formatted(KEY_MESSAGE));

    assertThat(second.status()).isEqualTo(201);
    JsonNode stored = morag.get("/api/evaluations/" + id).json();
    assertThat(stored.get("decisions")).hasSize(2);
    assertThat(stored.get("decisions").get(0)).isEqualTo(first);
    assertThat(stored.at("/decisions/1/comments/0/keyMessage").asText()).isEqualTo(KEY_MESSAGE);
    assertThat(stored.at("/currentGrade/label").asText()).isEqualTo("Good");
    assertThat(stored.at("/result/grade/label").asText())
        .as("the result as the rules gave it")
        .isEqualTo("Very good");
    assertThat(morag.get("/api/evaluations?grade=4").json()).hasSize(1);
  }

  @Test
  void an_invalid_decision_is_a_400_with_every_problem_at_its_field_and_nothing_is_recorded() {
    Reply reply =
        decide(
            morag,
            "{\"outcome\": \"adjust\", \"colour\": \"red\", \"comments\": [{\"keyMessage\": \"\", \"text\": \"x\"}]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("The decision has 4 problems. Nothing was recorded.");
    assertThat(reply.json().get("errors").findValuesAsText("path"))
        .containsExactly("colour", "comments[0].keyMessage", "grade", "reason");
    assertThat(reply.json().get("errors").findValuesAsText("message"))
        .contains(
            "required to adjust; expected a grade from 1 to 6",
            "required to adjust; expected why the grade should be different");
    assertThat(morag.get("/api/evaluations/" + id).json().get("decisions")).isEmpty();
  }

  @Test
  void a_comment_on_text_that_is_not_a_key_message_of_the_evaluation_is_a_400() {
    Reply reply =
        decide(
            morag,
            "{\"outcome\": \"agree\", \"comments\": [{\"keyMessage\": \"Leaders were invisible.\", \"text\": \"No.\"}]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("comments[0].keyMessage");
    assertThat(reply.json().at("/errors/0/message").asText())
        .isEqualTo(
            "'Leaders were invisible.' is not a key message of this evaluation; expected the text of one of its 16 key messages");
  }

  @Test
  void a_decision_on_an_evaluation_that_does_not_exist_is_a_404() {
    Reply reply =
        morag.postJson("/api/evaluations/no-such-id/decisions", "{\"outcome\": \"agree\"}");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.detail())
        .isEqualTo(
            "No stored evaluation that you may see has the id 'no-such-id'; GET /api/evaluations lists those you may see.");
  }

  @Test
  void
      a_decision_made_on_a_history_that_has_changed_since_it_was_read_is_a_409_and_is_not_recorded() {
    String read = morag.get("/api/evaluations/" + id).headers().firstValue("ETag").orElseThrow();
    decide(
        morag,
        "{\"outcome\": \"adjust\", \"grade\": 4, \"reason\": \"Another panel member decided first.\"}");

    Reply late =
        morag
            .with("If-Match", read)
            .postJson("/api/evaluations/" + id + "/decisions", "{\"outcome\": \"agree\"}");

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.detail())
        .isEqualTo(
            "Evaluation '"
                + id
                + "': another decision was recorded after the evaluation was read "
                + "with no decision; read its history and decide again.");
    assertThat(morag.get("/api/evaluations/" + id).json().get("decisions")).hasSize(1);
    assertThat(
            morag
                .with("If-Match", "\"1\"")
                .postJson("/api/evaluations/" + id + "/decisions", "{\"outcome\": \"agree\"}")
                .status())
        .isEqualTo(201);
  }

  @Test
  void inspectors_and_policy_staff_may_not_decide_and_get_403() {
    for (String token : List.of(Team.INA, Team.POLICY)) {
      Reply reply = decide(service.client().as(token), "{\"outcome\": \"agree\"}");

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.detail()).endsWith("may not use this route; it is for the moderator role.");
    }
  }

  @Test
  void a_decision_sent_as_anything_but_json_is_refused_with_415() {
    Reply reply =
        morag.post(
            "/api/evaluations/" + id + "/decisions",
            "outcome=agree".getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.detail())
        .isEqualTo(
            "The decision must be sent as JSON with the header 'Content-Type: application/json'; "
                + "this request's is 'application/x-www-form-urlencoded'.");
  }
}

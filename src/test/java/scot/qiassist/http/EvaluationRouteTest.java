package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.report.JsonReport;

/**
 * POST /api/evaluations: the same evaluation as `evaluate --format json`, stored, and its errors.
 */
class EvaluationRouteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static RunningService service;
  private static Client client;

  @BeforeAll
  static void start() {
    service = RunningService.start(Tokens.none(), ServiceSettings.defaults().withBodyLimit(20_000));
    client = service.client();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void
      the_north_lanarkshire_example_gets_the_same_result_as_evaluate_in_json_with_the_id_it_is_stored_under()
          throws Exception {
    String evidence = Evidence.northLanarkshire();
    String cli =
        JsonReport.render(
            RepositoryRules.evaluator().evaluate(RepositoryRules.reader().read(evidence)));

    Reply reply = client.postJson("/api/evaluations", evidence);

    assertThat(reply.status()).isEqualTo(201);
    String id = reply.json().get("id").asText();
    assertThat(reply.headers().firstValue("Location")).hasValue("/api/evaluations/" + id);
    assertThat(reply.json().fieldNames().next()).isEqualTo("id");
    assertThat((JsonNode) ((ObjectNode) reply.json().deepCopy()).without("id"))
        .isEqualTo(JSON.readTree(cli));
    assertThat(reply.json().at("/grade/label").asText()).isEqualTo("Very good");
    assertThat(reply.json().at("/why/summary").asText())
        .startsWith("Very good. Not Excellent because ");
    assertThat(reply.json().at("/rulesetVersion").asText())
        .isEqualTo(RepositoryRules.get().version());
  }

  @Test
  void invalid_evidence_is_refused_with_every_problem_at_its_json_path_in_the_words_of_the_cli() {
    String evidence =
        """
        {"partnership": "Test", "samples": {"recordsRead": 60},
         "evidence": [{"measure": "plan-present", "count": 61, "of": 60},
                      {"measure": "no-such-measure", "phrase": "most"}]}""";
    List<ApiError.FieldError> cli = cliProblems(evidence);

    Reply reply = client.postJson("/api/evaluations", evidence);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("title").asText()).isEqualTo("Bad Request");
    assertThat(reply.detail()).isEqualTo("The evidence has 2 problems. Nothing was evaluated.");
    assertThat(errors(reply))
        .isEqualTo(cli)
        .containsExactly(
            new ApiError.FieldError("evidence[0].count", "61 is more than the 60 given in 'of'"),
            new ApiError.FieldError(
                "evidence[1].measure",
                "'no-such-measure' is not in the measure catalogue; the nearest are 'ird-held', 'plan-present', 'staff-feel-valued'"));
  }

  @Test
  void malformed_json_is_a_400_that_names_line_and_column() {
    Reply reply = client.postJson("/api/evaluations", "{\"partnership\": 3, ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(errors(reply))
        .containsExactly(
            new ApiError.FieldError(
                "",
                "the evidence is not valid JSON at line 1, column 20: Unexpected end-of-input within/between Object entries"));
  }

  @Test
  void an_empty_body_is_a_400() {
    Reply reply = client.postJson("/api/evaluations", "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(errors(reply)).containsExactly(new ApiError.FieldError("", "the evidence is empty"));
  }

  @Test
  void a_body_that_is_not_valid_utf8_is_a_400() {
    byte[] body = {'{', '"', 'p', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    Reply reply = client.post("/api/evaluations", body, "application/json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("The evidence is not valid UTF-8 text.");
  }

  @Test
  void a_body_sent_as_anything_but_json_is_refused_with_415() {
    Reply text =
        client.post(
            "/api/evaluations", Evidence.minimal().getBytes(StandardCharsets.UTF_8), "text/plain");
    Reply none =
        client.send("POST", "/api/evaluations", BodyPublishers.ofString(Evidence.minimal()), null);

    assertThat(text.status()).isEqualTo(415);
    assertThat(text.detail())
        .isEqualTo(
            "The evidence must be sent as JSON with the header 'Content-Type: application/json'; this request's is 'text/plain'.");
    assertThat(none.status()).isEqualTo(415);
    assertThat(none.detail()).endsWith("this request has no Content-Type.");
  }

  @Test
  void evidence_not_enough_to_grade_is_answered_with_what_it_lacks_and_not_stored() {
    Reply reply = client.postJson("/api/evaluations", Evidence.ungradable());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Location")).isEmpty();
    assertThat(reply.json().get("id").isNull()).isTrue();
    assertThat(reply.json().get("grade").isNull()).isTrue();
    assertThat(reply.json().at("/why/summary").asText()).startsWith("Not graded: ");
    assertThat(reply.json().get("insufficient")).hasSize(4);
    assertThat(reply.json().at("/insufficient/0/statement").asInt()).isEqualTo(1);
  }

  @Test
  void json_with_a_charset_is_accepted() {
    Reply reply =
        client.post(
            "/api/evaluations",
            Evidence.minimal().getBytes(StandardCharsets.UTF_8),
            "application/json; charset=utf-8");

    assertThat(reply.status()).isEqualTo(201);
  }

  @Test
  void a_body_above_the_limit_is_refused_with_413_whether_its_length_is_declared_or_not() {
    String big = "{\"partnership\": \"Test\", \"description\": \"" + "x".repeat(25_000) + "\"}";
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);

    Reply declared = client.post("/api/evaluations", bytes, "application/json");
    Reply chunked =
        client.send(
            "POST",
            "/api/evaluations",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
            "application/json");

    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.detail())
        .isEqualTo("The evidence is larger than the limit of 20000 bytes.");
    assertThat(chunked.status()).isEqualTo(413);
  }

  private static List<ApiError.FieldError> errors(Reply reply) {
    return JSON.convertValue(
        reply.json().get("errors"),
        JSON.getTypeFactory().constructCollectionType(List.class, ApiError.FieldError.class));
  }

  private static List<ApiError.FieldError> cliProblems(String evidence) {
    try {
      RepositoryRules.reader().read(evidence);
      throw new AssertionError("the evidence was expected to be invalid");
    } catch (InvalidEvidenceException e) {
      return e.problems().stream()
          .map(p -> new ApiError.FieldError(p.path(), p.message()))
          .toList();
    }
  }
}

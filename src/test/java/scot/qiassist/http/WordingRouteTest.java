package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.storage.EvaluationFilter;

/** POST /api/wording and the /wording page, through a real server with tokens. */
class WordingRouteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DRAFT =
      "Most staff (95%) were confident. Nearly all parents said so.";

  private static RunningService service;
  private static String inasEvaluation;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    inasEvaluation = service.post(Team.INA, Evidence.northLanarkshire());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static String request(String text) {
    ObjectNode body = JSON.createObjectNode().put("name", "draft.md").put("text", text);
    body.set("evidence", Evidence.northLanarkshireTree());
    return body.toString();
  }

  @Test
  void every_role_may_check_a_draft_and_gets_each_flag_with_its_place_and_suggestion() {
    for (String token : new String[] {Team.INA, Team.MORAG, Team.POLICY}) {
      Reply reply = service.client().as(token).postJson("/api/wording", request(DRAFT));

      assertThat(reply.status()).isEqualTo(200);
      JsonNode flags = reply.json().get("flags");
      assertThat(flags).hasSize(2);
      assertThat(flags.get(0).get("kind").asText()).isEqualTo("figure-outside-band");
      assertThat(flags.get(0).get("suggestion").asText()).isEqualTo("almost all");
      assertThat(flags.get(1).get("kind").asText()).isEqualTo("non-standard-phrase");
      assertThat(flags.get(1).at("/place/column").asInt()).isEqualTo(34);
    }
  }

  @Test
  void without_a_token_the_check_is_refused() {
    assertThat(service.client().postJson("/api/wording", request(DRAFT)).status()).isEqualTo(401);
  }

  @Test
  void a_stored_evaluation_is_checked_against_by_its_author_but_not_by_another_inspector() {
    String body =
        JSON.createObjectNode().put("text", DRAFT).put("evaluation", inasEvaluation).toString();

    Reply own = service.client().as(Team.INA).postJson("/api/wording", body);
    Reply other = service.client().as(Team.IVOR).postJson("/api/wording", body);

    assertThat(own.status()).isEqualTo(200);
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().at("/errors/0/path").asText()).isEqualTo("evaluation");
    assertThat(other.json().at("/errors/0/message").asText())
        .isEqualTo("no stored evaluation that you may see has the id '" + inasEvaluation + "'");
  }

  @Test
  void checking_stores_nothing() {
    int before = service.store().list(EvaluationFilter.all()).size();

    service.client().as(Team.INA).postJson("/api/wording", request(DRAFT));

    assertThat(service.store().list(EvaluationFilter.all())).hasSize(before);
  }

  @Test
  void an_empty_text_is_a_400_naming_the_problem() {
    Reply reply = service.client().as(Team.INA).postJson("/api/wording", request("  \n "));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText())
        .isEqualTo(
            "draft.md: the draft is empty; give the text of a draft report to check. Nothing was checked.");
  }

  @Test
  void a_text_over_5_mb_is_a_413() {
    Reply reply =
        service
            .client()
            .as(Team.INA)
            .postJson("/api/wording", request("a".repeat(5 * 1024 * 1024 + 1)));

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("detail").asText())
        .startsWith("The draft draft.md is 5242881 bytes; a draft may be at most 5242880 bytes");
  }

  @Test
  void a_body_not_sent_as_json_is_a_415_and_one_not_in_utf8_a_400() {
    Reply text =
        service
            .client()
            .as(Team.INA)
            .post("/api/wording", DRAFT.getBytes(StandardCharsets.UTF_8), "text/plain");
    Reply latin1 =
        service
            .client()
            .as(Team.INA)
            .post(
                "/api/wording",
                request("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1),
                "application/json");

    assertThat(text.status()).isEqualTo(415);
    assertThat(latin1.status()).isEqualTo(400);
    assertThat(latin1.json().get("detail").asText())
        .isEqualTo("The wording request is not valid UTF-8 text.");
  }

  @Test
  void invalid_evidence_and_missing_fields_are_listed_at_their_paths() {
    ObjectNode body = JSON.createObjectNode();
    body.set("evidence", JSON.createObjectNode().put("partnership", ""));

    Reply reply = service.client().as(Team.INA).postJson("/api/wording", body.toString());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors"))
        .extracting(e -> e.get("path").asText())
        .containsExactly("text", "evidence.partnership");
  }

  @Test
  void the_page_marks_each_flag_in_the_text_reachable_by_keyboard_and_escapes_the_draft() {
    Team.Browser ina = Team.signIn(service.client(), Team.INA);
    Reply form = ina.client().get("/wording?evaluation=" + inasEvaluation);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("formToken", ina.formToken());
    fields.put("evaluation", inasEvaluation);
    fields.put("draftText", "<script>alert(1)</script> Most staff (95%) were confident.");

    Reply page = postMultipart(ina, fields, null, null);

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("<option value=\"" + inasEvaluation + "\" selected>");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<mark class=\"qi-flag\" id=\"flag-1\" tabindex=\"0\" aria-describedby=\"flag-1-why\">Most</mark>")
        .contains(
            "<span class=\"qi-flag__why\" id=\"flag-1-why\">Flag 1, Standard word and figure disagree:")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("style=\"");
  }

  @Test
  void the_page_refuses_an_upload_that_is_not_a_word_document_and_shows_the_form_again() {
    Team.Browser ina = Team.signIn(service.client(), Team.INA);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("formToken", ina.formToken());
    fields.put("evaluation", inasEvaluation);

    Reply page =
        postMultipart(
            ina, fields, "draft.docx", "not a Word document".getBytes(StandardCharsets.UTF_8));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("There is a problem")
        .contains("draft.docx: is not a Word document (.docx) that can be read");
  }

  @Test
  void the_page_refuses_an_upload_above_the_largest_draft_with_a_413_page_and_checks_nothing() {
    Team.Browser ina = Team.signIn(service.client(), Team.INA);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("formToken", ina.formToken());
    byte[] seven = new byte[7 * 1024 * 1024];
    java.util.Arrays.fill(seven, (byte) 'a');

    Reply page = postMultipart(ina, fields, "draft.txt", seven);

    // The bound on uploads (5 MB, the largest draft) is the service's, not Javalin's: none.
    assertThat(page.status()).isEqualTo(413);
    assertThat(page.body())
        .contains("<h1 class=\"govuk-heading-xl\">Content Too Large</h1>")
        .contains("The upload is larger than this service takes; nothing was checked or stored.");
  }

  private static Reply postMultipart(
      Team.Browser browser, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----qi-assist-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (fileName != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"draftFile\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return browser
        .client()
        .post("/wording", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }
}

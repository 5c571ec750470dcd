package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;

/** GET /api/evaluations and GET /api/evaluations/{id}: what is stored, and who sees it. */
class StoredEvaluationRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static RunningService service;
  private static Client anonymous;
  private static String inaNorthLanarkshire;
  private static String inaGood;
  private static String ivorWeak;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    anonymous = service.client();
    inaNorthLanarkshire = post(Team.INA, Evidence.northLanarkshire());
    inaGood = post(Team.INA, Evidence.example("constructed-good"));
    ivorWeak = post(Team.IVOR, Evidence.example("constructed-weak"));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static String post(String token, String evidence) {
    Reply reply = anonymous.as(token).postJson("/api/evaluations", evidence);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  @Test
  void
      a_posted_evaluation_is_stored_with_its_evidence_as_posted_its_result_its_ruleset_version_and_its_author()
          throws Exception {
    Reply reply = anonymous.as(Team.INA).get("/api/evaluations/" + inaNorthLanarkshire);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode stored = reply.json();
    assertThat(stored.get("id").asText()).isEqualTo(inaNorthLanarkshire);
    assertThat(stored.get("evidence")).isEqualTo(JSON.readTree(Evidence.northLanarkshire()));
    assertThat(stored.at("/result/grade/label").asText()).isEqualTo("Very good");
    assertThat(stored.at("/result/why/summary").asText())
        .startsWith("Very good. Not Excellent because ");
    assertThat(stored.get("rulesetVersion").asText()).isEqualTo(RepositoryRules.get().version());
    assertThat(stored.get("author").asText()).isEqualTo(Team.INA_NAME);
    assertThat(stored.get("createdAt").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    assertThat(stored.get("decisions")).isEmpty();
    assertThat(stored.at("/currentGrade/label").asText()).isEqualTo("Very good");
    assertThat(reply.headers().firstValue("ETag")).hasValue("\"0\"");
  }

  @Test
  void
      an_inspector_lists_only_their_own_evaluations_and_a_moderator_and_policy_staff_list_them_all() {
    assertThat(ids(anonymous.as(Team.INA).get("/api/evaluations")))
        .containsExactlyInAnyOrder(inaNorthLanarkshire, inaGood);
    assertThat(ids(anonymous.as(Team.IVOR).get("/api/evaluations"))).containsExactly(ivorWeak);
    assertThat(ids(anonymous.as(Team.MORAG).get("/api/evaluations")))
        .containsExactlyInAnyOrder(inaNorthLanarkshire, inaGood, ivorWeak);
    assertThat(ids(anonymous.as(Team.POLICY).get("/api/evaluations")))
        .containsExactlyInAnyOrder(inaNorthLanarkshire, inaGood, ivorWeak);
  }

  @Test
  void an_inspector_asking_for_another_inspectors_evaluation_gets_404_as_if_it_did_not_exist() {
    Reply anothers = anonymous.as(Team.INA).get("/api/evaluations/" + ivorWeak);
    Reply none = anonymous.as(Team.INA).get("/api/evaluations/no-such-id");

    assertThat(anothers.status()).isEqualTo(404);
    assertThat(anothers.detail())
        .isEqualTo(
            "No stored evaluation that you may see has the id '"
                + ivorWeak
                + "'; GET /api/evaluations lists those you may see.");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.detail().replace("no-such-id", ivorWeak)).isEqualTo(anothers.detail());
    assertThat(anonymous.as(Team.INA).get("/api/evaluations/" + ivorWeak + "/consistency").status())
        .isEqualTo(404);
    assertThat(anonymous.as(Team.POLICY).get("/api/evaluations/" + ivorWeak).status())
        .isEqualTo(200);
  }

  @Test
  void the_list_filters_by_partnership_ignoring_case_by_grade_and_by_ruleset_version() {
    Client morag = anonymous.as(Team.MORAG);
    String version = RepositoryRules.get().version();

    assertThat(ids(morag.get("/api/evaluations?partnership=north%20LANARKSHIRE")))
        .containsExactly(inaNorthLanarkshire);
    assertThat(ids(morag.get("/api/evaluations?grade=5"))).containsExactly(inaNorthLanarkshire);
    assertThat(ids(morag.get("/api/evaluations?grade=Weak"))).containsExactly(ivorWeak);
    assertThat(ids(morag.get("/api/evaluations?rulesetVersion=" + version))).hasSize(3);
    assertThat(ids(morag.get("/api/evaluations?rulesetVersion=0000"))).isEmpty();
    assertThat(ids(morag.get("/api/evaluations?limit=1"))).containsExactly(ivorWeak);
  }

  @Test
  void a_summary_gives_the_grade_the_author_the_ruleset_version_and_how_many_decisions() {
    JsonNode summary = anonymous.as(Team.IVOR).get("/api/evaluations").json().get(0);

    assertThat(summary.get("partnership").asText()).isEqualTo("Constructed example: Weak");
    assertThat(summary.at("/grade/label").asText()).isEqualTo("Weak");
    assertThat(summary.at("/currentGrade/label").asText()).isEqualTo("Weak");
    assertThat(summary.get("author").asText()).isEqualTo(Team.IVOR_NAME);
    assertThat(summary.get("decisions").asInt()).isZero();
  }

  @Test
  void a_filter_that_cannot_be_used_is_a_400_naming_each_parameter() throws Exception {
    Reply reply = anonymous.as(Team.MORAG).get("/api/evaluations?grade=7&limit=0");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("The query has 2 problems. Nothing was listed.");
    assertThat(reply.json().get("errors"))
        .isEqualTo(
            JSON.readTree(
                """
        [{"path": "grade", "message": "'7' is not a grade; expected a grade from 1 to 6 or its label, such as 5 or Very good"},
         {"path": "limit", "message": "'0' is not a whole number from 1 to 1000"}]"""));
  }

  @Test
  void every_route_of_stored_evaluations_refuses_a_request_without_a_token_with_401() {
    for (String path :
        List.of(
            "/api/evaluations",
            "/api/evaluations/" + inaGood,
            "/api/evaluations/" + inaGood + "/consistency")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(
            anonymous
                .postJson("/api/evaluations/" + inaGood + "/decisions", "{\"outcome\": \"agree\"}")
                .status())
        .isEqualTo(401);
  }

  private static List<String> ids(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }
}

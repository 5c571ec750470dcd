package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.report.JsonReport;
import scot.qiassist.whatif.WhatIfAnalysis;

/**
 * POST /api/evaluations/what-if: the same answer as `what-if --format json`, and the draft grade.
 */
class WhatIfRouteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static RunningService service;
  private static Client client;

  @BeforeAll
  static void start() {
    service = RunningService.local();
    client = service.client();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void what_if_for_north_lanarkshire_names_the_evidence_nearest_to_changing_its_grade()
      throws Exception {
    String evidence = Evidence.northLanarkshire();
    String cli =
        JsonReport.render(
            new WhatIfAnalysis(RepositoryRules.evaluator())
                .analyse(RepositoryRules.reader().read(evidence)));

    Reply reply = client.postJson("/api/evaluations/what-if", evidence);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(JSON.readTree(cli));
    JsonNode nearest = reply.json().at("/changes/0");
    assertThat(nearest.get("measure").asText())
        .isEqualTo("initial-meeting-risks-considered-in-full");
    assertThat(nearest.get("sentence").asText())
        .isEqualTo(
            "if initial multi-agency meetings that considered risks and "
                + "needs in full were less than half instead of the majority, the grade would be Good");
  }

  @Test
  void
      a_draft_grade_below_the_evidence_is_opposed_by_the_changes_that_would_lower_the_grade_to_it() {
    Reply reply = client.postJson("/api/evaluations/what-if", Evidence.withDraftGrade("Good"));

    JsonNode draft = reply.json().get("draftGrade");
    assertThat(draft.get("verdict").asText()).isEqualTo("differ");
    assertThat(draft.get("explanation").asText())
        .startsWith("The draft grade Good is lower than the evidence supports (Very good). ");
    assertThat(draft.get("standsAgainst"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.at("/grade/label").asText()).isEqualTo("Good"));
    assertThat(draft.get("supports"))
        .allSatisfy(c -> assertThat(c.at("/grade/value").asInt()).isGreaterThan(5));
  }

  @Test
  void good_evidence_drafted_very_good_is_answered_with_the_ways_to_reach_it_each_with_its_grade()
      throws Exception {
    String evidence =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/test/resources/whatif/good-drafted-very-good.json"));

    Reply reply = client.postJson("/api/evaluations/what-if", evidence);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode toReach = reply.json().at("/draftGrade/toReach");
    assertThat(toReach).isNotEmpty();
    assertThat(toReach)
        .allSatisfy(
            way -> {
              assertThat(way.at("/grade/label").asText()).isEqualTo("Very good");
              assertThat(way.get("changes"))
                  .allSatisfy(c -> assertThat(c.at("/grade/label").asText()).isNotEmpty());
            });
    assertThat(toReach)
        .anySatisfy(
            way -> {
              assertThat(way.at("/changes/0/move").asText()).isEqualTo("added");
              assertThat(way.at("/changes/0/evidence").asText()).isEqualTo("findings[+]");
              assertThat(way.at("/changes/0/added/weight").asText()).isEqualTo("major");
              assertThat(way.at("/meets/0/ruleId").asText())
                  .isEqualTo("grade-very-good-major-strengths-across-statements");
            });
  }

  @Test
  void evidence_not_enough_to_grade_has_no_grade_to_move_and_no_draft_section() {
    Reply reply = client.postJson("/api/evaluations/what-if", Evidence.ungradable());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("grade").isNull()).isTrue();
    assertThat(reply.json().get("draftGrade").isNull()).isTrue();
    assertThat(reply.json().get("variationsTried").asInt()).isZero();
  }

  @Test
  void invalid_evidence_is_refused_as_it_is_by_the_evaluation_route() {
    Reply reply = client.postJson("/api/evaluations/what-if", "{\"partnership\": \"\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("partnership");
  }
}

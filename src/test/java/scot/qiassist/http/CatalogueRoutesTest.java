package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.rules.RuleInfo;

/** The read-only routes: rules, one rule, terms, measures, the rule set, health. */
class CatalogueRoutesTest {

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
  void the_rule_catalogue_lists_every_rule_in_file_order_with_its_explanation_template() {
    Reply reply = client.get("/api/rules");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).hasSize(RepositoryRules.get().catalogue().size());
    RuleInfo first = RepositoryRules.get().catalogue().get(0);
    JsonNode listed = reply.json().get(0);
    assertThat(listed.get("id").asText()).isEqualTo(first.id());
    assertThat(listed.get("file").asText()).isEqualTo(first.file());
    assertThat(listed.get("line").asInt()).isEqualTo(first.line());
    assertThat(listed.get("explanation").asText()).isEqualTo(first.explanation()).contains("{");
    assertThat(listed.has("text")).isFalse();
  }

  @Test
  void one_rule_comes_with_its_text_as_written_in_its_file() {
    Reply reply = client.get("/api/rules/s2-plan-quality-inconsistent");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("file").asText())
        .isEqualTo("statements/statement-2-planning-and-support.drl");
    assertThat(reply.json().get("statement").asInt()).isEqualTo(2);
    assertThat(reply.json().get("text").asText())
        .startsWith("rule \"Plans adequate or weak in the majority")
        .endsWith("end");
  }

  @Test
  void an_unknown_rule_is_a_404_that_says_where_the_rules_are_listed() {
    Reply reply = client.get("/api/rules/no-such-rule");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.detail())
        .isEqualTo("There is no rule with the id 'no-such-rule'; GET /api/rules lists every rule.");
  }

  @Test
  void the_terms_are_the_bands_phrases_and_modifiers_of_the_rule_set() {
    JsonNode terms = client.get("/api/terms").json();

    assertThat(terms.at("/bands/1").toString())
        .isEqualTo("{\"word\":\"few\",\"lowest\":1,\"highest\":14,\"range\":\"1% up to 14%\"}");
    assertThat(terms.get("bands")).hasSize(RepositoryRules.get().standardWords().bands().size());
    assertThat(terms.get("phrases")).hasSize(RepositoryRules.get().phrases().phrases().size());
    assertThat(terms.get("modifiers")).hasSize(RepositoryRules.get().phrases().modifiers().size());
  }

  @Test
  void the_measures_are_the_catalogue_with_ids_for_source_aspect_and_direction() {
    JsonNode measures = client.get("/api/measures").json();

    assertThat(measures).hasSize(RepositoryRules.get().measures().all().size());
    JsonNode plans = null;
    for (JsonNode m : measures) {
      if (m.get("id").asText().equals("plan-quality-adequate-or-weak")) {
        plans = m;
      }
    }
    assertThat(plans.get("source").asText()).isEqualTo("record-reading");
    assertThat(plans.get("better").asText()).isEqualTo("lower");
    assertThat(plans.get("counted").asText())
        .isEqualTo("records whose plan was evaluated adequate or weak");
  }

  @Test
  void the_ruleset_version_is_the_one_every_result_carries() {
    JsonNode ruleset = client.get("/api/ruleset").json();
    JsonNode result = client.postJson("/api/evaluations", Evidence.minimal()).json();

    assertThat(ruleset.get("version").asText()).isEqualTo(result.get("rulesetVersion").asText());
    assertThat(ruleset.get("loadedAt").asText())
        .isEqualTo(RepositoryRules.get().loadedAt().toString());
    assertThat(ruleset.get("files").has("grade/qi-2-1-criteria.drl")).isTrue();
  }

  @Test
  void health_says_ok_with_the_ruleset_version() {
    Reply reply = client.get("/health");

    assertThat(reply.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"rulesetVersion\":\"" + RepositoryRules.get().version() + "\"}");
  }
}

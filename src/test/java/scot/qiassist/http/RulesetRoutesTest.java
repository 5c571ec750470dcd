package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;

/** Reloading rules in a running service: checked, tested, swapped whole, or refused. */
class RulesetRoutesTest {

  private static final String INSPECTOR =
      "a93d8c09ace7e388093e3e8093a9fdad446758336800bc5a753fe79ffbc468e2";
  private static final String MODERATOR =
      "f3ee69257788d9e096a1775012e7fdf47f69870a145e0aebacaf5e4bff17301a";
  private static final String POLICY =
      "4a54cbc6553fe122051aa407ffa1de46786162de3ba824c5b52a2d1ac4e0d69d";
  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  @TempDir Path temp;
  private RulesCopy rules;
  private RunningService service;
  private Client policy;

  @BeforeEach
  void serviceOverACopyOfTheRules() throws Exception {
    rules = RulesCopy.in(temp.resolve("rules"));
    RuleSet initial = new RuleSetLoader().load(rules.directory);
    Tokens tokens =
        Tokens.of(
            Map.of(INSPECTOR, Role.INSPECTOR, MODERATOR, Role.MODERATOR, POLICY, Role.POLICY));
    service = RunningService.start(initial, rules.directory, tokens, ServiceSettings.defaults());
    policy = service.client().as(POLICY);
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void a_reload_that_passes_is_put_in_service_and_recorded_with_who_asked() {
    String before = policy.get("/api/ruleset").json().get("version").asText();
    rules.append(PLANNING, "\n// Reviewed again.\n");

    Reply reload = policy.postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(200);
    assertThat(reload.json().get("activated").asBoolean()).isTrue();
    JsonNode ruleset = policy.get("/api/ruleset").json();
    assertThat(ruleset.get("version").asText())
        .isEqualTo(reload.json().get("version").asText())
        .isNotEqualTo(before);
    assertThat(ruleset.get("lastReload").get("by").asText()).isEqualTo("policy");
    JsonNode history = policy.get("/api/ruleset/history").json();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("by").asText()).isEqualTo("start-up");
    assertThat(history.get(1).get("files").has(PLANNING)).isTrue();
    assertThat(
            policy
                .postJson("/api/evaluations", Evidence.northLanarkshire())
                .json()
                .get("rulesetVersion")
                .asText())
        .isEqualTo(ruleset.get("version").asText());
  }

  @Test
  void
      a_broken_rule_file_is_refused_with_file_and_line_and_the_service_keeps_answering_with_the_previous_version() {
    String before = policy.get("/api/ruleset").json().get("version").asText();
    rules.replace(PLANNING, "then\n", "then\n    insert( ;\n");

    Reply reload = policy.postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(422);
    assertThat(reload.detail())
        .isEqualTo("The rules were refused: 1 problem. Version " + before + " stays in service.");
    assertThat(reload.json().get("errors").get(0).get("path").asText()).startsWith(PLANNING + ":");
    JsonNode ruleset = policy.get("/api/ruleset").json();
    assertThat(ruleset.get("version").asText()).isEqualTo(before);
    assertThat(ruleset.get("lastReload").get("activated").asBoolean()).isFalse();
    assertThat(ruleset.get("lastReload").get("errors").get(0).get("file").asText())
        .isEqualTo(PLANNING);
    Reply evaluation = policy.postJson("/api/evaluations", Evidence.northLanarkshire());
    assertThat(evaluation.status()).isEqualTo(201);
    assertThat(evaluation.json().get("rulesetVersion").asText()).isEqualTo(before);
  }

  @Test
  void a_change_that_alters_an_example_is_refused_naming_the_example() {
    // Very good allowing one important area for improvement, not two: North Lanarkshire has two.
    rules.replace(
        "grade/grade-parameters.csv",
        "very-good-important-areas,2,",
        "very-good-important-areas,1,");

    Reply reload = policy.postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(422);
    assertThat(reload.json().get("errors"))
        .anySatisfy(
            e -> {
              assertThat(e.get("path").asText()).isEqualTo("examples");
              assertThat(e.get("message").asText()).contains("north-lanarkshire-2023.json");
            });
  }

  @Test
  void only_policy_staff_may_reload_or_check_rules() {
    for (String token : List.of(INSPECTOR, MODERATOR)) {
      assertThat(service.client().as(token).postJson("/api/ruleset/reload", "").status())
          .isEqualTo(403);
      assertThat(service.client().as(token).postJson("/api/ruleset/check", "{}").status())
          .isEqualTo(403);
    }
    assertThat(service.client().postJson("/api/ruleset/reload", "").status()).isEqualTo(401);
    assertThat(service.client().as(INSPECTOR).get("/api/ruleset/history").status()).isEqualTo(200);
  }

  @Test
  void a_candidate_is_checked_tested_and_weighed_without_being_activated() throws Exception {
    String before = policy.get("/api/ruleset").json().get("version").asText();
    Map<String, String> files = RuleSetLoader.readDirectory(rules.directory);
    // Adequate's ratio lowered from 1 to 0.4: the constructed weak example becomes adequate.
    files.put(
        "grade/grade-parameters.csv",
        files
            .get("grade/grade-parameters.csv")
            .replace("adequate-ratio,1,", "adequate-ratio,0.4,"));
    ObjectNode body = QiAssistJson.MAPPER.createObjectNode();
    files.forEach(body.putObject("files")::put);

    Reply check = policy.postJson("/api/ruleset/check", body.toString());

    assertThat(check.status()).isEqualTo(200);
    assertThat(check.json().get("wouldActivate").asBoolean()).isFalse();
    assertThat(check.json().get("check").get("errors")).isEmpty();
    assertThat(check.json().get("impact").get("gradesUp").asInt()).isPositive();
    assertThat(check.json().get("examples"))
        .anySatisfy(e -> assertThat(e.get("passed").asBoolean()).isFalse());
    assertThat(policy.get("/api/ruleset").json().get("version").asText()).isEqualTo(before);
  }

  @Test
  void a_candidate_that_is_not_a_set_of_files_is_a_400() {
    Reply reply = policy.postJson("/api/ruleset/check", "{\"rules\": []}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).startsWith("Expected {\"files\": {\"PATH\": \"TEXT\", ...}}");
  }

  /** One answer and the time it was in flight. */
  private record Answer(Instant sent, Instant received, int status, String version) {}

  @Test
  void
      twenty_reloads_while_sixteen_clients_evaluate_fail_no_request_and_each_answer_names_a_version_active_while_it_ran()
          throws Exception {
    AtomicBoolean reloading = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 16; c++) {
      running.add(
          clients.submit(
              () -> {
                Client client = service.client().as(INSPECTOR);
                while (reloading.get()) {
                  Instant sent = Instant.now();
                  Reply reply = client.postJson("/api/evaluations", Evidence.northLanarkshire());
                  answers.add(
                      new Answer(
                          sent,
                          Instant.now(),
                          reply.status(),
                          reply.status() == 201
                              ? reply.json().get("rulesetVersion").asText()
                              : null));
                }
              }));
    }
    try {
      for (int i = 1; i <= 20; i++) {
        rules.append(PLANNING, "\n// Reload " + i + ".\n");
        assertThat(policy.postJson("/api/ruleset/reload", "").status())
            .as("reload %d", i)
            .isEqualTo(200);
      }
    } finally {
      reloading.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
    }

    JsonNode history = policy.get("/api/ruleset/history").json();
    assertThat(history).hasSize(21);
    assertThat(answers)
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.status()).isEqualTo(201);
              assertThat(activeDuring(history, a))
                  .as(
                      "%s was active at some time between %s and %s",
                      a.version(), a.sent(), a.received())
                  .isTrue();
            });
  }

  /** Whether the answer's version was in service at some moment while the request was in flight. */
  private static boolean activeDuring(JsonNode history, Answer answer) {
    for (int i = 0; i < history.size(); i++) {
      if (!history.get(i).get("version").asText().equals(answer.version())) {
        continue;
      }
      Instant from = i == 0 ? Instant.MIN : Instant.parse(history.get(i).get("at").asText());
      Instant until =
          i + 1 < history.size()
              ? Instant.parse(history.get(i + 1).get("at").asText())
              : Instant.MAX;
      if (!from.isAfter(answer.received()) && !until.isBefore(answer.sent())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void a_refused_reload_names_the_rules_directory_and_its_files_never_the_servers_path()
      throws Exception {
    String serverPath = rules.directory.toAbsolutePath().toString();
    List<Reply> answers = new ArrayList<>();

    Reply unchanged = policy.postJson("/api/ruleset/reload", "");
    answers.add(unchanged);
    answers.add(policy.get("/api/ruleset"));
    rules.replace(PLANNING, "then\n", "then\n    insert( ;\n");
    Reply broken = policy.postJson("/api/ruleset/reload", "");
    answers.add(broken);
    answers.add(policy.get("/api/ruleset"));
    try (var files = java.nio.file.Files.walk(rules.directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Reply gone = policy.postJson("/api/ruleset/reload", "");
    answers.add(gone);
    answers.add(policy.get("/api/ruleset"));
    answers.add(
        policy.postJson(
            "/api/ruleset/check", "{\"files\": {\"" + PLANNING + "\": \"rule \\\"x\"}}"));

    // Nothing changed is nothing to refuse: the version in service stays, and the answer says so.
    assertThat(unchanged.status()).isEqualTo(200);
    assertThat(unchanged.json().get("activated").asBoolean()).isFalse();
    assertThat(unchanged.json().get("errors")).isEmpty();
    assertThat(broken.json().get("errors").get(0).get("message").asText())
        .startsWith(PLANNING + " line ");
    assertThat(gone.status()).isEqualTo(422);
    assertThat(gone.json().get("errors").get(0).get("message").asText())
        .isEqualTo("the rules directory: is not a directory of rule files");
    assertThat(answers)
        .allSatisfy(
            a ->
                assertThat(a.body())
                    .as(a.method() + " " + a.path())
                    .doesNotContain(serverPath)
                    .doesNotContain(temp.toString()));
  }
}

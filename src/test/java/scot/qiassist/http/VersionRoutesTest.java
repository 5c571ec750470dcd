package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;

/**
 * Rule set versions through the API: candidates checked, tested, weighed and stored; activation
 * only of a version whose check passed; rolling back; every bad input refused with nothing changed;
 * a stored evaluation re-run under its version. Every answer is checked against openapi.yaml.
 */
class VersionRoutesTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";
  private static final String PARAMETERS = "grade/grade-parameters.csv";
  private static final String SAFETY_TABLE = "statements/statement-1-safety.drl.csv";

  private static RunningService service;
  private static Client policy;
  private static String original;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    policy = service.client().as(Team.POLICY);
    original = service.rules().version();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static String file(String path) {
    return service.rules().sources().get(path);
  }

  private static Reply submit(Map<String, String> files, List<String> accept) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("parent", original);
    ObjectNode changed = body.putObject("files");
    files.forEach(changed::put);
    accept.forEach(body.putArray("accept")::add);
    return policy.postJson("/api/ruleset/versions", body.toString());
  }

  private static Reply activate(String version, String note) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("note", note);
    return policy.postJson("/api/ruleset/versions/" + version + "/activate", body.toString());
  }

  private static String inService() {
    return policy.get("/api/ruleset").json().get("version").asText();
  }

  @Test
  void a_candidate_that_keeps_every_outcome_is_stored_with_its_check_test_and_impact() {
    Reply reply = submit(Map.of(PLANNING, file(PLANNING) + "\n// Reviewed in March.\n"), List.of());

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode check = reply.json().get("check");
    String version = reply.json().get("version").asText();
    assertThat(reply.headers().firstValue("Location")).hasValue("/api/ruleset/versions/" + version);
    assertThat(check.get("status").asText()).isEqualTo("passed");
    assertThat(check.get("parent").asText()).isEqualTo(original);
    assertThat(check.get("examples"))
        .hasSize(10)
        .allSatisfy(e -> assertThat(e.get("passed").asBoolean()).isTrue());
    assertThat(check.get("impact").get("examples").asInt()).isEqualTo(10);
    assertThat(check.get("impact").get("changes")).isEmpty();
    JsonNode listed = policy.get("/api/ruleset/versions").json();
    assertThat(listed.get("versions").get(0).get("version").asText()).isEqualTo(version);
    assertThat(listed.get("versions").get(0).get("status").asText()).isEqualTo("passed");
    assertThat(listed.get("versions").get(0).get("inService").asBoolean()).isFalse();
    JsonNode one = policy.get("/api/ruleset/versions/" + version).json();
    assertThat(one.get("files").get(PLANNING).asText()).endsWith("// Reviewed in March.\n");
    assertThat(one.get("expected")).hasSize(10);
    assertThat(inService()).isEqualTo(original);
  }

  @Test
  void
      a_change_that_moves_an_example_fails_its_test_until_the_example_is_accepted_and_can_then_be_activated_and_rolled_back() {
    Map<String, String> change =
        Map.of(
            PARAMETERS,
            file(PARAMETERS)
                .replace("very-good-important-areas,2,", "very-good-important-areas,1,"));

    Reply failed = submit(change, List.of());

    assertThat(failed.status()).isEqualTo(201);
    String version = failed.json().get("version").asText();
    assertThat(failed.json().get("check").get("status").asText()).isEqualTo("failed");
    assertThat(failed.json().get("check").get("examples"))
        .anySatisfy(
            e -> {
              assertThat(e.get("example").asText()).isEqualTo("north-lanarkshire-2023");
              assertThat(e.get("passed").asBoolean()).isFalse();
              assertThat(e.get("differences").get(0).asText())
                  .isEqualTo("grade: expected Very good, now Good");
            });
    assertThat(failed.json().get("check").get("impact").get("changes"))
        .anySatisfy(c -> assertThat(c.get("name").asText()).isEqualTo("north-lanarkshire-2023"));
    Reply refused = activate(version, "Change request 7");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).startsWith("Version " + version + " cannot be put in service");
    assertThat(inService()).isEqualTo(original);

    List<String> moved = new ArrayList<>();
    failed
        .json()
        .get("check")
        .get("examples")
        .forEach(
            e -> {
              if (!e.get("passed").asBoolean()) {
                moved.add(e.get("example").asText());
              }
            });
    assertThat(
            submit(change, List.of("north-lanarkshire-2023"))
                .json()
                .get("check")
                .get("status")
                .asText())
        .as("only some of the moved examples accepted: " + moved)
        .isEqualTo(moved.size() == 1 ? "passed" : "failed");

    Reply accepted = submit(change, moved);

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("created").asBoolean()).isFalse();
    assertThat(accepted.json().get("check").get("status").asText()).isEqualTo("passed");
    Reply activated = activate(version, "Change request 7: very good allows one important area");
    assertThat(activated.status()).as(activated.body()).isEqualTo(200);
    assertThat(activated.json().get("by").asText()).isEqualTo("policy");
    assertThat(activated.json().get("note").asText()).startsWith("Change request 7");
    assertThat(activated.json().get("summary").get("status").asText()).isEqualTo("passed");
    assertThat(inService()).isEqualTo(version);
    assertThat(
            policy
                .postJson("/api/evaluations", Evidence.northLanarkshire())
                .json()
                .get("grade")
                .get("label")
                .asText())
        .isEqualTo("Good");

    Reply rolledBack = activate(original, "Roll back change request 7");

    assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
    assertThat(inService()).isEqualTo(original);
    JsonNode entry =
        policy.get("/api/ruleset/versions/" + original).json().get("activations").get(0);
    assertThat(entry.get("note").asText()).isEqualTo("Roll back change request 7");
    assertThat(activate(original, "again").status()).isEqualTo(409);
  }

  @Test
  void
      a_candidate_that_does_not_compile_or_breaks_the_allowlist_or_a_table_is_a_422_stored_as_refused() {
    Map<String, Map<String, String>> bad =
        Map.of(
            "syntax",
                Map.of(PLANNING, file(PLANNING).replaceFirst("then\n", "then\n    insert( ;\n")),
            "forbidden call",
                Map.of(
                    PLANNING, file(PLANNING).replaceFirst("then\n", "then\n    System.exit(0);\n")),
            "broken table",
                Map.of(SAFETY_TABLE, file(SAFETY_TABLE).replaceFirst(",important,", ",importnt,")));
    for (var each : bad.entrySet()) {
      Reply reply = submit(each.getValue(), List.of());

      assertThat(reply.status()).as(each.getKey() + ": " + reply.body()).isEqualTo(422);
      assertThat(reply.json().get("errors")).as(each.getKey()).isNotEmpty();
      String file = each.getValue().keySet().iterator().next();
      assertThat(reply.json().get("errors").get(0).get("path").asText())
          .as(each.getKey())
          .startsWith(file);
      String version = reply.json().get("version").asText();
      assertThat(policy.get("/api/ruleset/versions/" + version).json().get("status").asText())
          .isEqualTo("refused");
      assertThat(activate(version, "try it").status()).isEqualTo(409);
    }
    assertThat(inService()).isEqualTo(original);
  }

  @Test
  void bad_paths_sizes_parents_and_notes_are_refused_by_field_and_nothing_is_stored() {
    int before = policy.get("/api/ruleset/versions").json().get("versions").size();
    Map<String, String> paths =
        Map.of(
            "../secrets.drl", "files.../secrets.drl: is outside the rules directory",
            "/etc/passwd.csv", "files./etc/passwd.csv: is outside the rules directory",
            "terms/../../x.csv", "files.terms/../../x.csv: is outside the rules directory",
            "rules/terms/phrases.csv", "files.rules/terms/phrases.csv: paths are relative",
            "terms/notes.txt", "files.terms/notes.txt: is not a rule file's path");
    for (var p : paths.entrySet()) {
      Reply reply = submit(Map.of(p.getKey(), "x"), List.of());
      assertThat(reply.status()).as(p.getKey()).isEqualTo(400);
      assertThat(
              reply.json().get("errors").get(0).get("path").asText()
                  + ": "
                  + reply.json().get("errors").get(0).get("message").asText())
          .as(p.getKey())
          .startsWith(p.getValue());
    }
    Reply large = submit(Map.of(PLANNING, "x".repeat(1_000_001)), List.of());
    assertThat(large.status()).isEqualTo(400);
    assertThat(large.json().get("errors").get(0).get("message").asText())
        .isEqualTo("is 1000001 bytes; the limit for one file is 1000000 bytes (1 MB)");
    Reply unknownParent =
        policy.postJson(
            "/api/ruleset/versions",
            "{\"parent\": \"0123456789ab\", \"files\": {\"" + PLANNING + "\": \"x\"}}");
    assertThat(unknownParent.status()).isEqualTo(400);
    assertThat(unknownParent.json().get("errors").get(0).get("message").asText())
        .startsWith("'0123456789ab' is not a stored version");
    Reply unknownExample = submit(Map.of(), List.of("no-such-example"));
    assertThat(unknownExample.status()).isEqualTo(400);
    assertThat(unknownExample.json().get("errors").get(0).get("path").asText())
        .isEqualTo("accept[0]");
    Reply noNote = policy.postJson("/api/ruleset/versions/" + original + "/activate", "{}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().get("errors").get(0).get("path").asText()).isEqualTo("note");
    Reply personal = activate(original, "Asked for by Mrs Smith of 14 Main Street");
    assertThat(personal.status()).isEqualTo(400);
    Reply unknown = activate("0123456789ab", "a note");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.detail())
        .isEqualTo(
            "No rule set version has the id '0123456789ab'; GET /api/ruleset/versions lists every version.");

    assertThat(policy.get("/api/ruleset/versions").json().get("versions").size()).isEqualTo(before);
    assertThat(inService()).isEqualTo(original);
  }

  @Test
  void only_policy_staff_send_candidates_and_activate_and_a_request_without_a_token_gets_401() {
    String candidate = "{\"files\": {\"" + PLANNING + "\": \"x\"}}";
    for (String token : List.of(Team.INA, Team.MORAG)) {
      assertThat(service.client().as(token).postJson("/api/ruleset/versions", candidate).status())
          .isEqualTo(403);
      assertThat(
              service
                  .client()
                  .as(token)
                  .postJson("/api/ruleset/versions/" + original + "/activate", "{\"note\": \"n\"}")
                  .status())
          .isEqualTo(403);
    }
    assertThat(service.client().postJson("/api/ruleset/versions", candidate).status())
        .isEqualTo(401);
    assertThat(
            service
                .client()
                .postJson("/api/ruleset/versions/" + original + "/activate", "{\"note\": \"n\"}")
                .status())
        .isEqualTo(401);
    assertThat(service.client().as(Team.INA).get("/api/ruleset/versions").status()).isEqualTo(200);
    assertThat(service.client().as(Team.INA).get("/api/ruleset/versions/" + original).status())
        .isEqualTo(403);
  }

  @Test
  void a_stored_evaluation_is_replayed_under_its_version_with_the_same_decision() {
    String id = service.post(Team.INA, Evidence.northLanarkshire());

    Reply replay = service.client().as(Team.INA).get("/api/evaluations/" + id + "/replay");

    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().get("same").asBoolean()).isTrue();
    assertThat(replay.json().get("rulesetVersion").asText()).isEqualTo(original);
    assertThat(replay.json().get("replayed").get("grade").asText()).isEqualTo("Very good");
    assertThat(service.client().as(Team.IVOR).get("/api/evaluations/" + id + "/replay").status())
        .isEqualTo(404);
  }

  @Test
  void a_version_exports_as_a_zip_of_its_rules_and_expected_outcomes() throws Exception {
    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            service.origin() + "/api/ruleset/versions/" + original + "/export"))
                    .header("Authorization", "Bearer " + Team.POLICY)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names)
        .contains("rules/" + PLANNING, "rules/terms/standard-words.csv")
        .hasSize(RepositoryRules.get().sources().size() + namesOfExpected(names));
  }

  private static int namesOfExpected(List<String> names) {
    return (int) names.stream().filter(n -> n.startsWith("examples/")).count();
  }

  @Test
  void two_activations_at_once_are_both_recorded_and_the_later_one_is_in_service()
      throws Exception {
    List<String> versions = new ArrayList<>();
    for (String comment : List.of("// First.\n", "// Second.\n")) {
      Reply r = submit(Map.of(PLANNING, file(PLANNING) + comment), List.of());
      assertThat(r.json().get("check").get("status").asText()).isEqualTo("passed");
      versions.add(r.json().get("version").asText());
    }
    int before = history().size();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Reply>> replies = new ArrayList<>();
    for (String v : versions) {
      replies.add(pool.submit((Callable<Reply>) () -> activate(v, "race " + v)));
    }
    for (Future<Reply> f : replies) {
      assertThat(f.get().status()).isEqualTo(200);
    }
    pool.shutdown();

    JsonNode history = history();
    assertThat(history).hasSize(before + 2);
    String last = history.get(history.size() - 1).get("version").asText();
    assertThat(versions).contains(last);
    assertThat(inService()).isEqualTo(last);
    assertThat(activate(original, "back to the start").status()).isEqualTo(200);
  }

  private static JsonNode history() {
    return policy.get("/api/ruleset/history").json();
  }
}

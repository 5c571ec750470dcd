package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RulesCopy;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.Databases;

/**
 * Two instances of the service over one database, as behind a load balancer: whatever one is asked,
 * the other answers alike. Over PostgreSQL (the database for more than one machine) and SQLite (two
 * instances on one machine sharing a file).
 */
class TwoInstancesTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  /**
   * Far longer than the half-second poll and the build of a rule set take, so that a loaded machine
   * does not fail the test; docs/benchmarks.md records how long it takes.
   */
  private static final Duration SWITCH_DEADLINE = Duration.ofSeconds(30);

  @TempDir Path temp;
  private RulesCopy rules;
  private RunningService a;
  private RunningService b;

  private void startTwo(Databases.Kind kind) throws Exception {
    String url = Databases.freshUrl(kind, temp);
    rules = RulesCopy.in(temp.resolve("rules"));
    var initial = new RuleSetLoader().load(rules.directory);
    a =
        RunningService.start(
            initial, rules.directory, Team.tokens(), ServiceSettings.defaults(), url);
    b =
        RunningService.start(
            initial, rules.directory, Team.tokens(), ServiceSettings.defaults(), url);
  }

  @AfterEach
  void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void an_evaluation_stored_through_one_is_read_through_the_other(Databases.Kind kind)
      throws Exception {
    startTwo(kind);
    String id = a.post(Team.INA, Evidence.northLanarkshire());

    Reply read = b.client().as(Team.INA).get("/api/evaluations/" + id);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("result").get("grade").get("label").asText())
        .as("the reference report's grade")
        .isEqualTo("Very good");
    assertThat(read.json().get("author").asText()).isEqualTo(Team.INA_NAME);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_sign_in_on_one_works_on_the_other_and_a_sign_out_on_the_other_ends_it_on_both(
      Databases.Kind kind) throws Exception {
    startTwo(kind);
    Reply signedIn = a.client().postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));
    String cookie = Team.cookie(signedIn);
    Client onA = a.client().with("Cookie", cookie);
    String formTokenOnA = Team.formToken(onA.get("/"));
    Client onB = b.client().with("Cookie", cookie);

    Reply listOnB = onB.get("/");
    assertThat(listOnB.status()).isEqualTo(200);
    assertThat(listOnB.body()).contains("Signed in as <strong>Morag Panel (moderator)</strong>");
    assertThat(Team.formToken(listOnB)).as("the same form token").isEqualTo(formTokenOnA);

    Reply out = onB.postForm("/sign-out", Map.of("formToken", Team.formToken(listOnB)));
    assertThat(out.status()).isEqualTo(303);

    Reply listOnA = onA.get("/");
    assertThat(listOnA.status()).as("signed out on B, so sent to sign in on A").isEqualTo(303);
    assertThat(listOnA.headers().firstValue("Location")).hasValue("/sign-in");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void rules_put_in_service_through_one_are_served_by_the_other_with_the_same_history(
      Databases.Kind kind) throws Exception {
    startTwo(kind);
    Client policyOnA = a.client().as(Team.POLICY);
    Client policyOnB = b.client().as(Team.POLICY);
    String before = policyOnB.get("/api/ruleset").json().get("version").asText();
    rules.append(PLANNING, "\n// Reviewed again by the policy team.\n");

    Reply reload = policyOnA.postJson("/api/ruleset/reload", "");
    assertThat(reload.status()).as(reload.body()).isEqualTo(200);
    String after = reload.json().get("version").asText();
    assertThat(after).isNotEqualTo(before);

    Instant deadline = Instant.now().plus(SWITCH_DEADLINE);
    String served = before;
    while (!served.equals(after) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      served =
          b.client()
              .as(Team.INA)
              .postJson("/api/evaluations", Evidence.northLanarkshire())
              .json()
              .get("rulesetVersion")
              .asText();
    }
    assertThat(served).as("the version B evaluates with").isEqualTo(after);

    JsonNode historyOnB = policyOnB.get("/api/ruleset/history").json();
    assertThat(historyOnB).hasSize(2);
    assertThat(historyOnB.get(0).get("version").asText()).isEqualTo(before);
    assertThat(historyOnB.get(1).get("version").asText()).isEqualTo(after);
    assertThat(historyOnB.get(1).get("by").asText()).isEqualTo("policy");
    assertThat(policyOnB.get("/api/ruleset").json().get("lastReload").get("version").asText())
        .isEqualTo(after);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_reload_refused_on_one_is_shown_on_the_other_and_neither_changes_version(
      Databases.Kind kind) throws Exception {
    startTwo(kind);
    String before = b.client().get("/health").json().get("rulesetVersion").asText();
    rules.replace(PLANNING, "then\n", "then\n    insert( ;\n");

    Reply reload = a.client().as(Team.POLICY).postJson("/api/ruleset/reload", "");

    assertThat(reload.status()).isEqualTo(422);
    JsonNode onB = b.client().as(Team.INA).get("/api/ruleset").json();
    assertThat(onB.get("version").asText()).isEqualTo(before);
    assertThat(onB.get("lastReload").get("activated").asBoolean()).isFalse();
    assertThat(onB.get("lastReload").get("errors").get(0).get("file").asText()).isEqualTo(PLANNING);
  }

  @Test
  void a_sign_in_outlives_a_restart_but_not_its_token_being_taken_away() throws Exception {
    rules = RulesCopy.in(temp.resolve("rules"));
    String url = Databases.freshUrl(Databases.Kind.SQLITE, temp);
    var repositoryRules = scot.qiassist.RepositoryRules.get();
    RunningService first =
        RunningService.start(
            repositoryRules, rules.directory, Team.tokens(), ServiceSettings.defaults(), url);
    String cookie =
        Team.cookie(first.client().postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/")));
    first.close();

    RunningService same =
        RunningService.start(
            repositoryRules, rules.directory, Team.tokens(), ServiceSettings.defaults(), url);
    Reply stillIn = same.client().with("Cookie", cookie).get("/");
    same.close();
    RunningService withoutMorag =
        RunningService.start(
            repositoryRules,
            rules.directory,
            Tokens.ofIdentities(Map.of(Team.INA, new Identity(Team.INA_NAME, Role.INSPECTOR))),
            ServiceSettings.defaults(),
            url);
    Reply out = withoutMorag.client().with("Cookie", cookie).get("/");
    withoutMorag.close();

    assertThat(stillIn.status()).isEqualTo(200);
    assertThat(out.status()).as("her token is no longer accepted").isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).hasValue("/sign-in");
  }
}

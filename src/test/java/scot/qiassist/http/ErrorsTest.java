package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/** 404 and 405 in the one error shape; a client's mistake is never a 500; a rule loop is. */
class ErrorsTest {

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
  void a_route_that_does_not_exist_is_a_404_in_the_one_error_shape() {
    Reply reply = client.get("/api/nothing-here");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("title").asText()).isEqualTo("Not Found");
    assertThat(reply.detail())
        .isEqualTo(
            "There is no route GET /api/nothing-here; the routes are described at /openapi.yaml.");
  }

  @Test
  void a_method_a_route_does_not_take_is_a_405() {
    Reply delete = client.send("DELETE", "/api/rules", BodyPublishers.noBody(), null);
    Reply put = client.send("PUT", "/api/evaluations", BodyPublishers.noBody(), null);

    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.detail())
        .isEqualTo(
            "The route /api/rules does not take DELETE; the routes are described at /openapi.yaml.");
    assertThat(put.status()).isEqualTo(405);
  }

  @Test
  void no_body_a_client_can_send_makes_a_500() {
    List<String> bodies =
        List.of(
            "[]",
            "null",
            "42",
            "\"text\"",
            "{}",
            "{\"partnership\": null}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"partnership\": \"P\", \"evidence\": [{\"measure\": \"plan-present\", \"percent\": 1e999999}]}",
            "{\"partnership\": \"P\", \"evidence\": [{\"measure\": \"plan-present\", \"count\": 99999999999999999999, \"of\": 1}]}",
            "{\"partnership\": \"P\", \"evidence\": {\"measure\": \"plan-present\"}}",
            "{\"partnership\": \"P\", \"draftGrade\": \"Splendid\", \"findings\": [{\"statement\": 9}]}",
            "{\"partnership\": \"\\ud800\"}",
            "{\"partnership\": \"P\", \"partnership\": \"Q\"}",
            "{\"partnership\": \"P\", \"description\": \"Mrs Smith, ML1 1AB\"}");

    for (String body : bodies) {
      for (String route : List.of("/api/evaluations", "/api/evaluations/what-if")) {
        Reply reply = client.postJson(route, body);
        String shown = body.length() > 60 ? body.substring(0, 60) + "..." : body;
        assertThat(reply.status()).as(route + " " + shown).isBetween(200, 499);
        assertThat(reply.body()).as(route + " " + shown).doesNotContain("Exception", "\tat ");
      }
    }
  }

  @Test
  void rules_that_loop_are_a_500_that_names_the_rule_without_a_stack_trace() throws Exception {
    try (RunningService looping =
        RunningService.start(loopingRules(), Tokens.none(), ServiceSettings.defaults())) {
      Reply reply = looping.client().postJson("/api/evaluations", Evidence.northLanarkshire());

      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.json().get("title").asText()).isEqualTo("Server Error");
      assertThat(reply.detail())
          .startsWith("The rules fired more than 20000 times for one evaluation")
          .contains("\"Every finding begets another\"")
          .doesNotContain("\tat ");
    }
  }

  /** The repository's rules with one more that re-enables itself for ever. */
  private static scot.qiassist.rules.RuleSet loopingRules() throws IOException, RuleSetException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(RepositoryRules.DIRECTORY)) {
      for (Path p :
          walk.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".drl"))
              .toList()) {
        files.put(
            RepositoryRules.DIRECTORY.relativize(p).toString().replace('\\', '/'),
            Files.readString(p));
      }
    }
    files.put(
        "loop/loop.drl",
        """
        package qiassist.loop;

        import scot.qiassist.evidence.Finding;

        rule "Every finding begets another"
            @id("loop-every-finding-begets-another")
            @source("A test of the service")
            @explanation("A finding begets another.")
            agenda-group "decisions"
        when
            $f : Finding()
        then
            insert( new Finding($f.statement(), $f.kind(), $f.weight(), $f.text() + ".", $f.aspect(), false) );
        end
        """);
    return new RuleSetLoader().load("looping rules", files);
  }
}

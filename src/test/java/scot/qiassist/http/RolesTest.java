package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bearer tokens and roles: 401 without a known token, 403 for a role a route does not take. */
class RolesTest {

  static final String INSPECTOR =
      "a93d8c09ace7e388093e3e8093a9fdad446758336800bc5a753fe79ffbc468e2";
  static final String MODERATOR =
      "f3ee69257788d9e096a1775012e7fdf47f69870a145e0aebacaf5e4bff17301a";
  static final String POLICY = "4a54cbc6553fe122051aa407ffa1de46786162de3ba824c5b52a2d1ac4e0d69d";
  private static final List<String> ANY_ROLE =
      List.of(
          "POST /api/evaluations",
          "POST /api/evaluations/what-if",
          "GET /api/rules",
          "GET /api/terms",
          "GET /api/measures",
          "GET /api/ruleset");
  private static final String RULE = "GET /api/rules/s1-staff-recognise-and-report";
  private static final List<String> PUBLIC =
      List.of("GET /health", "GET /openapi.yaml", "GET /docs");

  private static RunningService service;
  private static Client anonymous;

  @BeforeAll
  static void start() throws TokensException {
    Tokens tokens =
        Tokens.of(
            Map.of(INSPECTOR, Role.INSPECTOR, MODERATOR, Role.MODERATOR, POLICY, Role.POLICY));
    service = RunningService.start(tokens, ServiceSettings.defaults());
    anonymous = service.client();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static Reply call(Client client, String route) {
    String[] parts = route.split(" ", 2);
    return parts[0].equals("POST")
        ? client.postJson(parts[1], Evidence.minimal())
        : client.get(parts[1]);
  }

  @Test
  void every_api_route_refuses_a_request_without_a_token_with_401_and_a_bearer_challenge() {
    for (String route : concat(ANY_ROLE, List.of(RULE))) {
      Reply reply = call(anonymous, route);
      assertThat(reply.status()).as(route).isEqualTo(401);
      assertThat(reply.headers().firstValue("WWW-Authenticate"))
          .as(route)
          .hasValue("Bearer realm=\"qi-assist\"");
      assertThat(reply.detail())
          .isEqualTo(
              "This route needs a bearer token: send the header 'Authorization: Bearer TOKEN'.");
    }
  }

  @Test
  void an_unknown_token_is_refused_with_401() {
    Reply reply = call(anonymous.as("not-a-token-we-know-of"), "GET /api/rules");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.detail()).isEqualTo("The bearer token is not one this service accepts.");
  }

  @Test
  void every_role_may_evaluate_and_read_the_catalogue() {
    for (String token : List.of(INSPECTOR, MODERATOR, POLICY)) {
      for (String route : ANY_ROLE) {
        int stored = route.equals("POST /api/evaluations") ? 201 : 200;
        assertThat(call(anonymous.as(token), route).status())
            .as(route + " as " + token)
            .isEqualTo(stored);
      }
    }
  }

  @Test
  void a_rules_text_is_for_moderators_and_policy_staff_and_an_inspector_gets_403() {
    Reply inspector = call(anonymous.as(INSPECTOR), RULE);

    assertThat(inspector.status()).isEqualTo(403);
    assertThat(inspector.detail())
        .isEqualTo(
            "The inspector role may not use this route; it is for the moderator or policy role.");
    assertThat(call(anonymous.as(MODERATOR), RULE).status()).isEqualTo(200);
    assertThat(call(anonymous.as(POLICY), RULE).status()).isEqualTo(200);
  }

  @Test
  void health_the_description_and_the_docs_need_no_token() {
    for (String route : PUBLIC) {
      assertThat(call(anonymous, route).status()).as(route).isEqualTo(200);
    }
  }

  @Test
  void in_local_mode_with_no_tokens_every_route_is_open() {
    try (RunningService local = RunningService.local()) {
      assertThat(call(local.client(), RULE).status()).isEqualTo(200);
      assertThat(call(local.client(), "GET /api/ruleset").status()).isEqualTo(200);
    }
  }

  @Test
  void neither_tokens_nor_evidence_reach_the_log() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      call(anonymous.as(INSPECTOR), RULE);
      anonymous.as("secret-token-that-is-wrong").get("/api/rules");
      anonymous
          .as(POLICY)
          .postJson(
              "/api/evaluations", "{\"partnership\": \"Distinctive Partnership Name\", \"x\": 1}");
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log)
        .contains("GET /api/rules/s1-staff-recognise-and-report 403", "POST /api/evaluations 400")
        .doesNotContain(
            INSPECTOR,
            POLICY,
            "secret-token-that-is-wrong",
            "Distinctive Partnership Name",
            "Bearer");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}

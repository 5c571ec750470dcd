package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.pages.GovukFrontend;

/**
 * Every answer of the service carries the security headers, whatever the route, the role and the
 * outcome: the route table is walked as it is, so a route added later is checked without anyone
 * listing it here.
 */
class SecurityHeadersTest {

  private static final Set<HandlerType> VERBS = Set.of(HandlerType.GET, HandlerType.POST);

  private static RunningService service;
  private static String evaluationId;
  private static List<Client> callers;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    evaluationId = service.post(Team.INA, Evidence.northLanarkshire());
    Client anonymous = service.client();
    callers =
        List.of(
            anonymous,
            anonymous.as(Team.MORAG),
            anonymous.as(Team.POLICY),
            anonymous.as("an-unknown-token-0123456789abcdef"),
            Team.signIn(anonymous, Team.MORAG).client());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void every_route_answers_every_caller_with_the_security_headers_and_no_store() {
    SoftAssertions softly = new SoftAssertions();
    int answers = 0;
    for (String route : routes()) {
      String[] parts = route.split(" ", 2);
      String path = parts[1].replace("{id}", evaluationId).replace("{item}", "1");
      for (Client caller : callers) {
        Reply reply =
            parts[0].equals("GET")
                ? caller.get(path)
                : caller.send("POST", path, BodyPublishers.ofString("{}"), "application/json");
        assertSecurityHeaders(softly, reply);
        softly
            .assertThat(reply.headers().firstValue("Cache-Control"))
            .as(route + " answered " + reply.status())
            .contains("no-store");
        answers++;
      }
    }
    softly.assertAll();
    assertThat(answers).as("answers checked").isGreaterThan(100);
  }

  @Test
  void a_page_has_no_inline_script_or_style_for_the_policy_to_refuse() {
    Client moderator = Team.signIn(service.client(), Team.MORAG).client();
    for (String path :
        List.of(
            "/",
            "/evaluations/" + evaluationId,
            "/evaluations/" + evaluationId + "/print",
            "/evaluations/" + evaluationId + "/consistency",
            "/sign-in",
            "/docs")) {
      Reply page = moderator.get(path);

      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body())
          .as(path)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContainPattern("(?i)<style")
          .doesNotContainPattern("(?i)\\sstyle=")
          .doesNotContainPattern("(?i)\\son[a-z]+=")
          .doesNotContain("javascript:");
    }
  }

  @Test
  void errors_and_unknown_routes_carry_the_headers_too() {
    Client anonymous = service.client();
    List<Reply> replies = new ArrayList<>();
    replies.add(anonymous.get("/api/nothing-here"));
    replies.add(anonymous.get("/nothing-here"));
    replies.add(anonymous.send("DELETE", "/api/rules", BodyPublishers.noBody(), null));
    replies.add(anonymous.as(Team.INA).postJson("/api/evaluations", "{not json"));
    replies.add(anonymous.as(Team.INA).post("/api/evaluations", "x".getBytes(), "text/plain"));

    SoftAssertions softly = new SoftAssertions();
    for (Reply reply : replies) {
      softly.assertThat(reply.status()).as(reply.path()).isGreaterThanOrEqualTo(400);
      assertSecurityHeaders(softly, reply);
      softly
          .assertThat(reply.headers().firstValue("Cache-Control"))
          .as(reply.path())
          .contains("no-store");
    }
    softly.assertAll();
  }

  @Test
  void static_files_carry_the_headers_and_may_be_cached_as_they_hold_no_evidence() {
    Client anonymous = service.client();
    SoftAssertions softly = new SoftAssertions();
    for (String path :
        List.of(
            GovukFrontend.STYLESHEET_PATH,
            "/assets/images/govuk-crest.svg",
            "/qi-assist.css",
            DocsRoutes.SCRIPT)) {
      Reply file = anonymous.get(path);

      softly.assertThat(file.status()).as(path).isEqualTo(200);
      assertSecurityHeaders(softly, file);
      softly
          .assertThat(file.headers().firstValue("Cache-Control").orElse(""))
          .as(path)
          .contains("max-age=")
          .doesNotContain("no-store");
    }
    softly.assertAll();
  }

  @Test
  void the_docs_page_allows_swagger_uis_data_images_and_nothing_else_beyond_the_pages_policy() {
    Reply docs = service.client().get("/docs");

    assertThat(docs.headers().allValues("Content-Security-Policy"))
        .containsExactly(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'");
    assertThat(service.client().get("/").headers().allValues("Content-Security-Policy"))
        .containsExactly(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
                + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'");
  }

  /** The route table as the service has it: every GET and POST, with its path template. */
  private static List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (var parsed : service.app().unsafe.internalRouter.allHttpHandlers()) {
      var endpoint = parsed.endpoint;
      if (VERBS.contains(endpoint.method)) {
        routes.add(endpoint.method + " " + endpoint.path);
      }
    }
    assertThat(routes).as("the route table").hasSizeGreaterThan(20);
    return routes;
  }

  private static void assertSecurityHeaders(SoftAssertions softly, Reply reply) {
    String where = reply.method() + " " + reply.path() + " answered " + reply.status();
    softly
        .assertThat(reply.headers().allValues("X-Content-Type-Options"))
        .as(where)
        .containsExactly("nosniff");
    softly
        .assertThat(reply.headers().allValues("Referrer-Policy"))
        .as(where)
        .containsExactly("same-origin");
    softly
        .assertThat(reply.headers().allValues("X-Frame-Options"))
        .as(where)
        .containsExactly("DENY");
    softly
        .assertThat(reply.headers().firstValue("Content-Security-Policy").orElse(""))
        .as(where)
        .startsWith("default-src 'self'; script-src 'self'; style-src 'self';")
        .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }
}

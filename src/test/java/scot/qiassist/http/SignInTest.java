package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the pages with a token: the session cookie, where the browser goes, and signing
 * out.
 */
class SignInTest {

  private static RunningService service;
  private static Client anonymous;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    anonymous = service.client();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_page_asked_for_without_signing_in_sends_the_browser_to_sign_in_and_then_back() {
    Reply page = anonymous.get("/evaluations/some-id?x=1");

    assertThat(page.status()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location"))
        .hasValue("/sign-in?next=%2Fevaluations%2Fsome-id%3Fx%3D1");
    Reply form = anonymous.get("/sign-in?next=%2Fevaluations%2Fsome-id%3Fx%3D1");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body())
        .contains("<input type=\"hidden\" name=\"next\" value=\"/evaluations/some-id?x=1\">")
        .contains("type=\"password\"")
        .doesNotContain("<script");
  }

  @Test
  void
      signing_in_sets_an_http_only_same_site_strict_cookie_that_is_secure_over_https_and_goes_on_to_the_page() {
    Reply plain =
        anonymous.postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/evaluations/x"));
    Reply https =
        anonymous
            .with("X-Forwarded-Proto", "https")
            .postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));

    assertThat(plain.status()).isEqualTo(303);
    assertThat(plain.headers().firstValue("Location")).hasValue("/evaluations/x");
    String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith(SessionAccess.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/")
        .doesNotContain("Secure")
        .doesNotContain(Team.MORAG);
    assertThat(https.headers().firstValue("Set-Cookie").orElseThrow())
        .as("X-Forwarded-Proto from a client the service is not configured to trust")
        .doesNotContain("Secure");
    Reply list = anonymous.with("Cookie", Team.cookie(plain)).get("/");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("Signed in as <strong>Morag Panel (moderator)</strong>");
  }

  @Test
  void behind_a_tls_proxy_the_cookie_is_secure_whatever_x_forwarded_proto_says() {
    try (RunningService proxied =
        RunningService.start(Team.tokens(), ServiceSettings.defaults().behindTlsProxy(true))) {
      Client client = proxied.client();
      Reply viaProxy = client.postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));
      Reply saidHttps =
          client
              .with("X-Forwarded-Proto", "https")
              .postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));
      Reply saidHttp =
          client
              .with("X-Forwarded-Proto", "http")
              .postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));

      assertThat(viaProxy.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
      assertThat(saidHttps.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
      assertThat(saidHttp.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }
  }

  @Test
  void an_unknown_token_is_a_401_with_the_form_again_and_no_token_a_400() {
    Reply unknown =
        anonymous.postForm("/sign-in", Map.of("token", "not-a-token-we-know-of", "next", "/"));
    Reply empty = anonymous.postForm("/sign-in", Map.of("token", " ", "next", "/"));

    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body())
        .contains("The token is not one this service accepts")
        .doesNotContain("not-a-token-we-know-of");
    assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("Enter the token you were given");
  }

  @Test
  void after_signing_in_the_browser_goes_only_to_a_page_of_this_service() {
    for (String elsewhere :
        new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil"}) {
      Reply reply = anonymous.postForm("/sign-in", Map.of("token", Team.INA, "next", elsewhere));

      assertThat(reply.headers().firstValue("Location")).as(elsewhere).hasValue("/");
    }
  }

  @Test
  void a_sign_in_form_posted_from_another_site_is_refused_with_403() {
    Reply reply =
        anonymous
            .with("Origin", "https://evil.example")
            .postForm("/sign-in", Map.of("token", Team.MORAG, "next", "/"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("The sign-in form was sent from another site");
    assertThat(reply.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void signing_out_ends_the_session_and_its_cookie_no_longer_opens_a_page() {
    Team.Browser browser = Team.signIn(anonymous, Team.INA);

    Reply out = browser.client().postForm("/sign-out", Map.of("formToken", browser.formToken()));

    assertThat(out.status()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).hasValue("/sign-in");
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(SessionAccess.COOKIE + "=;")
        .contains("Expires=Thu, 01 Jan 1970");
    assertThat(browser.client().get("/").status()).isEqualTo(303);
  }

  @Test
  void signing_out_without_the_sessions_form_token_is_refused_with_403() {
    Team.Browser browser = Team.signIn(anonymous, Team.INA);

    Reply out = browser.client().postForm("/sign-out", Map.of("formToken", "forged"));

    assertThat(out.status()).isEqualTo(403);
    assertThat(browser.client().get("/").status()).isEqualTo(200);
  }

  @Test
  void a_bearer_token_does_not_open_a_page_and_a_session_cookie_does_not_open_the_api() {
    Team.Browser browser = Team.signIn(anonymous, Team.MORAG);

    assertThat(anonymous.as(Team.MORAG).get("/").status()).isEqualTo(303);
    assertThat(browser.client().get("/api/evaluations").status()).isEqualTo(401);
  }
}

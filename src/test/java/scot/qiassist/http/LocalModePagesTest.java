package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With no tokens the pages are open, on 127.0.0.1, to the one local user with a moderator's rights;
 * the first page starts a session all the same, so that forms carry a form token.
 */
class LocalModePagesTest {

  private static RunningService service;
  private static String id;

  @BeforeAll
  static void start() {
    service = RunningService.local();
    Reply posted = service.client().postJson("/api/evaluations", Evidence.northLanarkshire());
    id = posted.json().get("id").asText();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void evaluations_posted_in_local_mode_are_the_local_users() {
    assertThat(service.store().get(id).author()).isEqualTo("local");
  }

  @Test
  void the_first_page_starts_a_session_for_the_local_user_who_may_record_decisions() {
    Reply list = service.client().get("/");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("Signed in as <strong>local (single-user local mode)</strong>")
        .doesNotContain("Sign out");
    Client browser = service.client().with("Cookie", Team.cookie(list));
    Reply report = browser.get("/evaluations/" + id);
    assertThat(report.headers().firstValue("Set-Cookie")).as("the session is kept").isEmpty();
    String formToken = Team.formToken(report);

    Reply posted =
        browser.postForm(
            "/evaluations/" + id + "/decisions",
            Map.of("formToken", formToken, "outcome", "agree"));

    assertThat(posted.status()).isEqualTo(303);
    assertThat(service.store().get(id).decisions())
        .extracting(d -> d.moderator())
        .containsExactly("local");
  }

  @Test
  void a_form_posted_without_the_session_a_page_started_is_refused_with_403() {
    Reply posted =
        service
            .client()
            .postForm(
                "/evaluations/" + id + "/decisions",
                Map.of("formToken", "guessed", "outcome", "agree"));

    assertThat(posted.status()).isEqualTo(403);
  }

  @Test
  void the_sign_in_page_sends_the_browser_on_as_there_is_nobody_to_sign_in() {
    Reply reply = service.client().get("/sign-in?next=%2Fevaluations%2F" + id);

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.headers().firstValue("Location")).hasValue("/evaluations/" + id);
  }
}

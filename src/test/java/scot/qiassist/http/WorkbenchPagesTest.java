package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules workbench's pages over HTTP: a file saved as a candidate, its page with the diff, and
 * every mutating form refused without a sign-in, for another role, without the form token and from
 * another site, with nothing changed.
 */
class WorkbenchPagesTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  private static RunningService service;
  private static String original;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    original = service.rules().version();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static Map<String, Map<String, String>> forms(String formToken) {
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    String base = "/rules/versions/" + original;
    forms.put(
        base + "/edit", Map.of("file", PLANNING, "text", "rule \"x\"", "formToken", formToken));
    forms.put(base + "/accept", Map.of("accept", "north-lanarkshire-2023", "formToken", formToken));
    forms.put(base + "/activate", Map.of("note", "a note", "formToken", formToken));
    return forms;
  }

  private static int versions() {
    return service
        .client()
        .as(Team.POLICY)
        .get("/api/ruleset/versions")
        .json()
        .get("versions")
        .size();
  }

  @Test
  void a_file_saved_in_the_browser_becomes_a_candidate_whose_page_shows_its_diff_and_check() {
    Team.Browser policy = Team.signIn(service.client(), Team.POLICY);
    Reply form = policy.client().get("/rules/versions/" + original + "/edit?file=" + PLANNING);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("<textarea").contains("Save as a candidate");
    String text = service.rules().sources().get(PLANNING);

    Reply saved =
        policy
            .client()
            .postForm(
                "/rules/versions/" + original + "/edit",
                Map.of(
                    "file",
                    PLANNING,
                    "text",
                    (text + "// Checked <again> & kept.\n").replace("\n", "\r\n"),
                    "formToken",
                    policy.formToken()));

    assertThat(saved.status()).isEqualTo(303);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/rules/versions/").isNotEqualTo("/rules/versions/" + original);
    Reply page = policy.client().get(location);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("govuk-tag--green\">passed")
        .contains("qi-diff__added\">+// Checked &lt;again&gt; &amp; kept.</span>")
        .doesNotContain("qi-diff__removed")
        .contains("Every example gives the outcome expected of it.")
        .contains("Put this version in service");
    assertThat(policy.client().get("/rules").body())
        .contains(location.substring("/rules/versions/".length()));
  }

  @Test
  void
      every_form_of_the_workbench_needs_a_sign_in_of_policy_staff_with_the_form_token_from_this_site() {
    int before = versions();
    Team.Browser inspector = Team.signIn(service.client(), Team.INA);
    Team.Browser policy = Team.signIn(service.client(), Team.POLICY);

    for (var form : forms("x").entrySet()) {
      Reply anonymous = service.client().postForm(form.getKey(), form.getValue());
      assertThat(anonymous.status()).as("not signed in: " + form.getKey()).isEqualTo(303);
      assertThat(anonymous.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
    }
    for (var form : forms(inspector.formToken()).entrySet()) {
      assertThat(inspector.client().postForm(form.getKey(), form.getValue()).status())
          .as("an inspector: " + form.getKey())
          .isEqualTo(403);
    }
    for (var form : forms("a-token-from-another-page").entrySet()) {
      Reply forged = policy.client().postForm(form.getKey(), form.getValue());
      assertThat(forged.status()).as("no form token: " + form.getKey()).isEqualTo(403);
      assertThat(forged.body()).contains("The form has expired");
    }
    for (var form : forms(policy.formToken()).entrySet()) {
      Reply crossSite =
          policy
              .client()
              .with("Origin", "https://evil.example")
              .postForm(form.getKey(), form.getValue());
      assertThat(crossSite.status()).as("from another site: " + form.getKey()).isEqualTo(403);
      assertThat(crossSite.body()).contains("The form was sent from another site");
    }
    for (String page : List.of("/rules", "/rules/versions/" + original)) {
      assertThat(inspector.client().get(page).status()).as(page).isEqualTo(403);
      assertThat(service.client().get(page).status()).as(page).isEqualTo(303);
    }

    assertThat(versions()).isEqualTo(before);
    assertThat(service.rules().version()).isEqualTo(original);
  }

  @Test
  void an_activation_without_a_note_is_refused_on_the_page_and_an_unknown_version_is_a_404() {
    Team.Browser policy = Team.signIn(service.client(), Team.POLICY);

    Reply noNote =
        policy
            .client()
            .postForm(
                "/rules/versions/" + original + "/activate",
                Map.of("note", " ", "formToken", policy.formToken()));

    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.body()).contains("note: is required");
    assertThat(policy.client().get("/rules/versions/0123456789ab").status()).isEqualTo(404);
    assertThat(
            policy
                .client()
                .get("/rules/versions/" + original + "/edit?file=../../etc/passwd")
                .status())
        .isEqualTo(404);
  }
}

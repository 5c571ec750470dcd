package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything that comes from input reaches the pages escaped: evidence text with markup and script,
 * a decision's reason and comments, the names that go with tokens, and the query.
 */
class PagesEscapeInputTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
  // As text, where a double quote needs no escaping.
  static final String ESCAPED_IMG = "\"&gt;&lt;img src=x onerror=alert(1)&gt;";
  static final String HOSTILE_EVIDENCE =
      """
      {"partnership": "Hostile %1$s partnership",
       "evidence": [{"measure": "ird-held", "count": 45, "of": 60, "note": "Note %2$s and %1$s"}],
       "findings": [{"statement": 4, "kind": "strength", "weight": "major", "aspect": "best-start",
                     "text": "Leaders were visible %1$s %2$s", "keyMessage": true},
                    {"statement": 2, "kind": "strength", "weight": "minor", "text": "Plans %1$s"}]}
      """
          .formatted(SCRIPT, IMG.replace("\"", "\\\""));
  private static final String MALLORY =
      "6d9433ba523c19df346fc278f1a9e10f22709927e0d24a956d20da0d6686f6e0";

  private static RunningService service;
  private static Team.Browser mallory;
  private static String id;

  @BeforeAll
  static void start() throws TokensException {
    Tokens tokens =
        Tokens.ofIdentities(Map.of(MALLORY, new Identity("Mal " + SCRIPT, Role.MODERATOR)));
    service = RunningService.start(tokens, ServiceSettings.defaults());
    id =
        service
            .client()
            .as(MALLORY)
            .postJson("/api/evaluations", HOSTILE_EVIDENCE)
            .json()
            .get("id")
            .asText();
    service.client().as(MALLORY).postJson("/api/evaluations", Evidence.northLanarkshire());
    String keyMessage = "Leaders were visible " + SCRIPT + " " + IMG.replace("\"", "\\\"");
    Reply decided =
        service
            .client()
            .as(MALLORY)
            .postJson(
                "/api/evaluations/" + id + "/decisions",
                """
        {"outcome": "adjust", "grade": 2, "reason": "Reason %1$s%2$s",
         "comments": [{"keyMessage": "%3$s", "text": "Comment %2$s"}]}"""
                    .formatted(SCRIPT, IMG.replace("\"", "\\\""), keyMessage));
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    mallory = Team.signIn(service.client(), MALLORY);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void no_page_carries_input_as_markup_and_every_page_shows_it_escaped() {
    for (String path :
        List.of(
            "/",
            "/evaluations/" + id,
            "/evaluations/" + id + "/print",
            "/evaluations/" + id + "/consistency")) {
      Reply page = mallory.client().get(path);

      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body())
          .as(path)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .contains("Hostile " + ESCAPED_SCRIPT + " partnership");
    }
  }

  @Test
  void the_report_shows_the_evidence_the_decision_and_the_names_escaped() {
    String report = mallory.client().get("/evaluations/" + id).body();

    assertThat(report)
        .contains("Leaders were visible " + ESCAPED_SCRIPT + " " + ESCAPED_IMG)
        .contains("Note " + ESCAPED_IMG + " and " + ESCAPED_SCRIPT)
        .contains("Reason " + ESCAPED_SCRIPT + ESCAPED_IMG)
        .contains("Comment " + ESCAPED_IMG)
        .contains("by Mal " + ESCAPED_SCRIPT)
        .contains("Signed in as <strong>Mal " + ESCAPED_SCRIPT + " (moderator)</strong>");
  }

  @Test
  void a_query_with_markup_is_shown_escaped_in_the_filter_and_in_the_error() {
    Reply filtered = mallory.client().get("/?partnership=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    Reply wrong = mallory.client().get("/?grade=%3Cimg%20src%3Dx%3E");

    assertThat(filtered.status()).isEqualTo(200);
    assertThat(filtered.body())
        .doesNotContain("<script")
        .contains("No stored evaluation matches these filters.");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).doesNotContain("<img").contains("'&lt;img src=x&gt;' is not a grade");
  }

  @Test
  void an_id_with_markup_in_the_path_is_shown_escaped_on_the_not_found_page() {
    Reply page = mallory.client().get("/evaluations/%3Cscript%3E");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("<script").contains("'&lt;script&gt;'");
  }
}

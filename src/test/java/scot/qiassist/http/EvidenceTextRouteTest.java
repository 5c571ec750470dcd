package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the service refuses in evidence text, through both routes that read evidence: a control
 * character (a NUL in the partnership was a 500) and personal data in the partnership (it was not
 * screened at all): a 400 naming the field, nothing stored.
 */
class EvidenceTextRouteTest {

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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/evaluations", "/api/evaluations/what-if"})
  void a_nul_in_the_partnership_is_a_400_naming_the_field(String route) {
    Reply reply = client.postJson(route, "{\"partnership\": \"North\\u0000Lanarkshire\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("partnership");
    assertThat(reply.json().at("/errors/0/message").asText())
        .startsWith("contains a control character, U+0000, at character 6");
    assertThat(client.get("/api/evaluations").json().size()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/evaluations", "/api/evaluations/what-if"})
  void a_chi_number_in_the_partnership_is_a_400_that_does_not_repeat_it(String route) {
    Reply reply = client.postJson(route, "{\"partnership\": \"CHI 0101011234\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("partnership");
    assertThat(reply.json().at("/errors/0/message").asText())
        .startsWith("looks like it identifies a person: a CHI number ('010*******'");
    assertThat(reply.body()).doesNotContain("0101011234");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\\u0001", "\\u001f", "\\r", "\\u007f", "\\u0085"})
  void every_control_character_but_tab_and_line_feed_is_refused_in_a_finding(String escape) {
    String evidence =
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\","
            + " \"weight\": \"minor\", \"text\": \"Staff were\\t\\nconfident"
            + escape
            + "\"}]}";

    Reply reply = client.postJson("/api/evaluations", evidence);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("findings[0].text");
  }
}

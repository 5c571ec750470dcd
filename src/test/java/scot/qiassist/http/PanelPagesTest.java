package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.pages.GovukFrontend;

/**
 * The pages for panels as a browser without JavaScript uses them: the list, the moderation report,
 * recording a decision with the report's form, the printable view, the consistency view, what each
 * role may do, and the styles, fonts and images they need.
 */
class PanelPagesTest {

  private static RunningService service;
  private static Team.Browser ina;
  private static Team.Browser morag;
  private static Team.Browser policy;
  private static String inaNorthLanarkshire;
  private static String ivorGood;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    inaNorthLanarkshire = service.post(Team.INA, Evidence.northLanarkshire());
    ivorGood = service.post(Team.IVOR, Evidence.example("constructed-good"));
    ina = Team.signIn(service.client(), Team.INA);
    morag = Team.signIn(service.client(), Team.MORAG);
    policy = Team.signIn(service.client(), Team.POLICY);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void an_inspector_lists_their_own_evaluations_and_another_inspectors_is_not_found() {
    Reply list = ina.client().get("/");
    Reply anothers = ina.client().get("/evaluations/" + ivorGood);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("href=\"/evaluations/" + inaNorthLanarkshire + "\">North Lanarkshire</a>")
        .doesNotContain(ivorGood)
        .doesNotContain("Constructed example: Good");
    assertThat(anothers.status()).isEqualTo(404);
    assertThat(anothers.contentType()).startsWith("text/html");
    assertThat(anothers.body())
        .contains("No stored evaluation that you may see has the id '" + ivorGood + "'");
  }

  @Test
  void a_moderator_lists_every_evaluation_and_filters_them_by_grade() {
    assertThat(morag.client().get("/").body()).contains(inaNorthLanarkshire).contains(ivorGood);
    assertThat(morag.client().get("/?grade=4").body())
        .contains(ivorGood)
        .doesNotContain(inaNorthLanarkshire);
    assertThat(morag.client().get("/?partnership=north+lanarkshire").body())
        .contains(inaNorthLanarkshire)
        .doesNotContain(ivorGood);

    Reply wrong = morag.client().get("/?grade=9");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("grade: '9' is not a grade");
  }

  @Test
  void
      a_moderator_reads_why_it_is_very_good_what_keeps_it_from_excellent_the_chart_and_gets_the_form() {
    Reply report = morag.client().get("/evaluations/" + inaNorthLanarkshire);

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body())
        .contains("<h2 class=\"govuk-heading-l\" id=\"why\">Why Very good</h2>")
        .contains("Very good. Not Excellent because ")
        .contains("Not higher, because these criteria of the grade above do not hold")
        .contains("class=\"qi-chart\"")
        .contains("class=\"qi-chart__mark\"")
        .contains(
            "<form method=\"post\" action=\"/evaluations/" + inaNorthLanarkshire + "/decisions\"")
        .contains("name=\"formToken\" value=\"" + morag.formToken() + "\"")
        .contains("name=\"basedOn\" value=\"0\"")
        .contains("href=\"/evaluations/" + inaNorthLanarkshire + "/consistency\"")
        .doesNotContain("<script");
  }

  @Test
  void
      inspectors_and_policy_staff_read_the_report_without_the_form_and_a_decision_they_post_is_refused_with_403() {
    for (Team.Browser browser : new Team.Browser[] {ina, policy}) {
      assertThat(browser.client().get("/evaluations/" + inaNorthLanarkshire).body())
          .doesNotContain("action=\"/evaluations/");

      Reply posted =
          browser
              .client()
              .postForm(
                  "/evaluations/" + inaNorthLanarkshire + "/decisions",
                  decision(browser, "agree", "0"));

      assertThat(posted.status()).isEqualTo(403);
      assertThat(posted.body()).contains("may not use this page; it is for the moderator role.");
    }
  }

  @Test
  void a_decision_posted_without_the_sessions_form_token_is_refused_with_403_and_not_recorded() {
    Map<String, String> form = decision(morag, "agree", "0");
    form.put("formToken", "a-token-from-another-site");

    Reply posted = morag.client().postForm("/evaluations/" + ivorGood + "/decisions", form);

    assertThat(posted.status()).isEqualTo(403);
    assertThat(posted.body()).contains("The form was not sent from a page of this sign-in");
    assertThat(service.store().get(ivorGood).decisions()).isEmpty();
  }

  @Test
  void a_decision_recorded_with_the_form_sends_the_browser_back_to_the_history_that_shows_it() {
    String id = service.post(Team.INA, Evidence.renamed("North Lanarkshire (form)"));
    Map<String, String> form = decision(morag, "adjust", "0");
    form.put("grade", "4");
    form.put("reason", "Plans were of inconsistent quality in more than half of the records read.");
    form.put("comments[0].keyMessage", DecisionRoutesTest.KEY_MESSAGE);
    form.put("comments[0].text", "Agreed as written.");

    Reply posted = morag.client().postForm("/evaluations/" + id + "/decisions", form);

    assertThat(posted.status()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Location"))
        .hasValue("/evaluations/" + id + "#decision-1");
    String report = morag.client().get("/evaluations/" + id).body();
    assertThat(report)
        .contains("Decision 1: adjusted to Good (4)")
        .contains("by Morag Panel")
        .contains("Plans were of inconsistent quality in more than half of the records read.")
        .contains("Agreed as written.")
        .contains("Good (4), after 1 decision")
        .contains("name=\"basedOn\" value=\"1\"");
  }

  @Test
  void an_invalid_decision_shows_the_form_again_with_each_problem_and_what_was_sent_400() {
    Map<String, String> form = decision(morag, "adjust", "0");
    form.put("reason", "");

    Reply posted = morag.client().postForm("/evaluations/" + ivorGood + "/decisions", form);

    assertThat(posted.status()).isEqualTo(400);
    assertThat(posted.body())
        .contains("There is a problem")
        .contains("grade: required to adjust; expected a grade from 1 to 6")
        .contains("reason: required to adjust; expected why the grade should be different")
        .contains("value=\"adjust\" checked>");
  }

  @Test
  void
      a_decision_on_a_page_opened_before_another_was_recorded_is_a_409_showing_the_newer_history() {
    String id = service.post(Team.INA, Evidence.renamed("North Lanarkshire (two panels)"));
    assertThat(
            morag
                .client()
                .postForm("/evaluations/" + id + "/decisions", decision(morag, "agree", "0"))
                .status())
        .isEqualTo(303);

    Reply late =
        morag.client().postForm("/evaluations/" + id + "/decisions", decision(morag, "agree", "0"));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body())
        .contains("another decision was recorded after the evaluation was read with no decision")
        .contains("Decision 1: agreed Very good (5)")
        .contains("name=\"basedOn\" value=\"1\"");
    assertThat(service.store().get(id).decisions()).hasSize(1);
  }

  @Test
  void the_printable_view_has_the_report_without_navigation_or_form() {
    Reply print = morag.client().get("/evaluations/" + inaNorthLanarkshire + "/print");

    assertThat(print.status()).isEqualTo(200);
    assertThat(print.body())
        .contains("Why Very good")
        .contains("class=\"qi-chart\"")
        .doesNotContain("<form")
        .doesNotContain("class=\"govuk-header\"")
        .contains("<link rel=\"stylesheet\"");
  }

  @Test
  void the_consistency_view_lists_the_stored_evaluations_most_alike_with_their_grades() {
    Reply page = morag.client().get("/evaluations/" + inaNorthLanarkshire + "/consistency");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Evaluations most alike North Lanarkshire")
        .contains("href=\"/evaluations/" + ivorGood + "\">Constructed example: Good</a>")
        .contains("Good (4), as the rules gave it");
  }

  @Test
  void the_stylesheets_fonts_and_images_the_pages_link_are_served_from_the_jar() {
    Reply govuk = morag.client().get(GovukFrontend.STYLESHEET_PATH);
    Reply own = morag.client().get("/qi-assist.css");
    Matcher font = Pattern.compile("/assets/fonts/[^)\"']+\\.woff2").matcher(govuk.body());
    assertThat(font.find()).as("a font in GOV.UK Frontend's stylesheet").isTrue();
    Reply fontFile = morag.client().get(font.group());
    Reply image = service.client().get("/assets/images/favicon.ico");

    assertThat(govuk.status()).isEqualTo(200);
    assertThat(govuk.contentType()).startsWith("text/css");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains(".qi-chart");
    assertThat(fontFile.status()).isEqualTo(200);
    assertThat(image.status()).as("images need no sign-in").isEqualTo(200);
    assertThat(morag.client().get("/").body())
        .contains("href=\"" + GovukFrontend.STYLESHEET_PATH + "\"")
        .contains("href=\"/qi-assist.css\"");
  }

  /** The report's form as a browser would send it: the session's form token first. */
  static Map<String, String> decision(Team.Browser browser, String outcome, String basedOn) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("formToken", browser.formToken());
    form.put("basedOn", basedOn);
    form.put("outcome", outcome);
    form.put("grade", "");
    form.put("reason", "");
    return form;
  }
}

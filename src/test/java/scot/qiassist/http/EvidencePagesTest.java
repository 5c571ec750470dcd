package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.drafting.DraftFigure;
import scot.qiassist.drafting.DraftFinding;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.Drafts;
import scot.qiassist.drafting.EvidenceDraft;

/**
 * The evidence pages as a browser without JavaScript uses them: who may use them, the form token,
 * forms from another site, drafts that are their author's alone, bad values shown again as typed
 * with the error summary, the live panel, the export and the submission to the panel.
 */
class EvidencePagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RunningService service;
  private static Team.Browser ina;
  private static Team.Browser ivor;
  private static Team.Browser morag;
  private static Team.Browser policy;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    ina = Team.signIn(service.client(), Team.INA);
    ivor = Team.signIn(service.client(), Team.IVOR);
    morag = Team.signIn(service.client(), Team.MORAG);
    policy = Team.signIn(service.client(), Team.POLICY);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void an_inspector_starts_a_draft_and_finds_it_on_the_home_page_and_among_their_drafts() {
    String id = start(ina, "Angus");

    Reply home = ina.client().get("/");
    Reply drafts = ina.client().get("/evidence");

    assertThat(home.body())
        .contains("href=\"/evidence\">Evidence drafts</a>")
        .contains("href=\"/evidence/new\"")
        .contains("href=\"/evidence/" + id + "\">Angus</a>");
    assertThat(drafts.status()).isEqualTo(200);
    assertThat(drafts.body()).contains("href=\"/evidence/" + id + "\">Angus</a>");
    assertThat(ivor.client().get("/").body()).doesNotContain(id);
  }

  @Test
  void moderators_and_policy_staff_are_refused_the_evidence_pages_with_403_and_see_no_link() {
    for (Team.Browser browser : new Team.Browser[] {morag, policy}) {
      Reply list = browser.client().get("/evidence");
      Reply posted = browser.client().postForm("/evidence", details(browser, "Moray"));

      assertThat(list.status()).isEqualTo(403);
      assertThat(list.body()).contains("may not use this page; it is for the inspector role.");
      assertThat(posted.status()).isEqualTo(403);
      assertThat(browser.client().get("/").body())
          .doesNotContain("href=\"/evidence\"")
          .doesNotContain("Your evidence drafts");
    }
  }

  @Test
  void
      without_a_sign_in_the_evidence_pages_send_the_browser_to_sign_in_and_an_unknown_token_is_401() {
    Reply page = service.client().get("/evidence/new");
    Reply form = service.client().postForm("/evidence", Map.of("partnership", "Fife"));
    Reply unknown =
        service.client().postForm("/sign-in", Map.of("token", "not-a-token", "next", "/evidence"));

    assertThat(page.status()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fevidence%2Fnew");
    assertThat(form.status()).isEqualTo(303);
    assertThat(unknown.status()).isEqualTo(401);
  }

  @Test
  void another_inspectors_draft_is_not_found_whether_read_changed_exported_or_submitted() {
    String id = start(ina, "Highland");
    String base = "/evidence/" + id;

    for (Reply reply :
        new Reply[] {
          ivor.client().get(base),
          ivor.client().get(base + "/details"),
          ivor.client().get(base + "/evidence.json"),
          ivor.client().get(base + "/figures/new"),
          ivor.client().postForm(base + "/details", details(ivor, "Taken")),
          ivor.client().postForm(base + "/figures", form(ivor, Map.of("measure", "ird-held"))),
          ivor.client().postForm(base + "/panel", form(ivor, Map.of("part", "details"))),
          ivor.client().postForm(base + "/submit", form(ivor, Map.of()))
        }) {
      assertThat(reply.status()).as(reply.method() + " " + reply.path()).isEqualTo(404);
      assertThat(reply.body()).contains("None of your evidence drafts has the id '" + id + "'");
    }
    assertThat(service.moderation().drafts().find(id).orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void a_form_without_the_sessions_form_token_is_refused_with_403_and_saves_nothing() {
    String id = start(ina, "Dundee City");
    Map<String, String> figure = figure(ina, "ird-held", "45", "60");
    figure.put("formToken", "a-token-from-another-site");
    Map<String, String> without = figure(ina, "ird-held", "45", "60");
    without.remove("formToken");

    Reply forged = ina.client().postForm("/evidence/" + id + "/figures", figure);
    Reply missing = ina.client().postForm("/evidence/" + id + "/figures", without);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("The form was not sent from a page of this sign-in");
    assertThat(missing.status()).isEqualTo(403);
    assertThat(service.moderation().drafts().find(id).orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void a_form_sent_from_another_site_is_refused_with_403_and_saves_nothing() {
    String id = start(ina, "Moray");

    Reply fromElsewhere =
        ina.client()
            .with("Origin", "https://elsewhere.example")
            .postForm("/evidence/" + id + "/figures", figure(ina, "ird-held", "45", "60"));
    Reply crossSite =
        ina.client()
            .with("Sec-Fetch-Site", "cross-site")
            .postForm("/evidence/" + id + "/submit", form(ina, Map.of()));

    assertThat(fromElsewhere.status()).isEqualTo(403);
    assertThat(fromElsewhere.body()).contains("The form was sent from another site");
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(service.moderation().drafts().find(id).orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void
      a_figure_with_two_bad_values_is_shown_again_as_typed_with_each_problem_linked_and_nothing_saved() {
    String id = start(ina, "Falkirk");
    Map<String, String> figure = figure(ina, "ird-held", "4x", "61");
    figure.put("note", "Held in most <b>records</b>");

    Reply refused = ina.client().postForm("/evidence/" + id + "/figures", figure);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: Add a figure to statement 1 - QI Assist</title>")
        .contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
        .contains(
            "<a href=\"#figure-count\">Count: '4x' is not a whole number; expected 0 to 1000000</a>")
        .contains(
            "<a href=\"#figure-of\">Of: 61 is more than the sample of 60 records read declared in samples; 'ird-held' counts records read</a>")
        .contains("id=\"figure-count\" name=\"count\" type=\"text\" value=\"4x\"")
        .contains("id=\"figure-of\" name=\"of\" type=\"text\" value=\"61\"")
        .contains("value=\"ird-held\" checked")
        .contains(">Held in most &lt;b&gt;records&lt;/b&gt;</textarea>")
        .contains("govuk-form-group--error");
    assertThat(service.moderation().drafts().find(id).orElseThrow().revision()).isEqualTo(1);

    Reply fixed =
        ina.client().postForm("/evidence/" + id + "/figures", figure(ina, "ird-held", "45", "60"));
    assertThat(fixed.status()).isEqualTo(303);
    assertThat(fixed.headers().firstValue("Location")).hasValue("/evidence/" + id + "#figure-1");
    assertThat(ina.client().get("/evidence/" + id).body())
        .contains("45 of 60")
        .contains("most (75% up to 89%)");
  }

  @Test
  void a_start_without_a_partnership_is_shown_again_with_its_problems_and_no_draft_is_made() {
    int before = service.moderation().drafts().list(Team.IVOR_NAME).size();
    Map<String, String> form = details(ivor, " ");
    form.put("recordsRead", "sixty");

    Reply refused = ivor.client().postForm("/evidence", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<a href=\"#details-partnership\">Partnership: ")
        .contains(
            "<a href=\"#details-recordsRead\">Case records read: 'sixty' is not a whole number")
        .contains("value=\"sixty\"");
    assertThat(service.moderation().drafts().list(Team.IVOR_NAME)).hasSize(before);
  }

  @Test
  void
      north_lanarkshire_typed_into_the_forms_is_very_good_exports_as_its_evidence_and_goes_to_the_panel()
          throws Exception {
    EvidenceDraft example = Drafts.example("north-lanarkshire-2023");
    Reply started =
        ina.client()
            .postForm(
                "/evidence", Drafts.form(DraftForms.values(example.details()), ina.formToken()));
    String id =
        started.headers().firstValue("Location").orElseThrow().substring("/evidence/".length());
    for (DraftFigure f : example.figures()) {
      Reply added =
          ina.client()
              .postForm(
                  "/evidence/" + id + "/figures",
                  Drafts.form(DraftForms.values(f), ina.formToken()));
      assertThat(added.status()).as(f.measure() + ": " + added.body()).isEqualTo(303);
    }
    for (DraftFinding f : example.findings()) {
      Reply added =
          ina.client()
              .postForm(
                  "/evidence/" + id + "/findings",
                  Drafts.form(DraftForms.values(f), ina.formToken()));
      assertThat(added.status()).as(f.text() + ": " + added.body()).isEqualTo(303);
    }

    Reply draft = ina.client().get("/evidence/" + id);
    Reply exported = ina.client().get("/evidence/" + id + "/evidence.json");
    Reply submitted = ina.client().postForm("/evidence/" + id + "/submit", form(ina, Map.of()));

    assertThat(draft.body())
        .contains("id=\"panel-grade\">Very good (5)</p>")
        .contains("Your draft grade, Very good: The evidence supports the draft grade, Very good.")
        .contains("class=\"qi-points\"")
        .contains("Revision " + (1 + example.figures().size() + example.findings().size()));
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"north-lanarkshire-evidence.json\"");
    JsonNode file = JSON.readTree(exported.body());
    assertThat(EvidenceFiles.schemaProblems(file)).isEmpty();
    assertThat(RepositoryRules.reader().read(exported.body()))
        .isEqualTo(
            RepositoryRules.reader()
                .read(
                    Files.readString(
                        RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"))));
    assertThat(submitted.status()).isEqualTo(303);
    String evaluation =
        submitted
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .substring("/evaluations/".length());
    var stored = service.store().get(evaluation);
    assertThat(stored.author()).isEqualTo(Team.INA_NAME);
    assertThat(stored.result().grade().label()).isEqualTo("Very good");
    assertThat(ina.client().get("/evaluations/" + evaluation).status()).isEqualTo(200);
    assertThat(ina.client().get("/evidence/" + id).body())
        .contains("was submitted to the panel on")
        .contains("href=\"/evaluations/" + evaluation + "\"");
  }

  @Test
  void the_live_panel_answers_the_grade_with_the_values_as_typed_and_saves_nothing() {
    String id = seeded(ina, "constructed-good");
    int revision = service.moderation().drafts().find(id).orElseThrow().revision();
    Map<String, String> typed = form(ina, Map.of("part", "finding", "item", "0"));
    typed.putAll(
        Map.of(
            "statement", "3",
            "kind", "area-for-improvement",
            "weight", "major",
            "text", "Children were seldom heard in decisions."));
    Map<String, String> bad = figure(ina, "social-work-attended-initial-meetings", "70", "60");
    bad.put("part", "figure");
    bad.put("item", "0");

    Reply panel = ina.client().postForm("/evidence/" + id + "/panel", typed);
    Reply withProblem = ina.client().postForm("/evidence/" + id + "/panel", bad);

    assertThat(panel.status()).isEqualTo(200);
    assertThat(panel.contentType()).startsWith("text/html");
    assertThat(panel.body())
        .doesNotContain("<html")
        .contains("The draft with the values as typed, before they are saved.")
        .contains("id=\"panel-grade\">Adequate (3)</p>")
        .contains("Points per statement");
    assertThat(withProblem.body())
        .contains("The values typed have a problem, so this is the draft as saved.")
        .contains("id=\"panel-grade\">Good (4)</p>")
        .contains("Count: 70 is more than the 60 given in 'of'");
    assertThat(service.moderation().drafts().find(id).orElseThrow().revision()).isEqualTo(revision);
  }

  @Test
  void a_removed_figure_is_gone_and_the_removal_is_a_revision_of_its_own() {
    String id = start(ina, "Orkney");
    ina.client().postForm("/evidence/" + id + "/figures", figure(ina, "ird-held", "45", "60"));

    Reply removed =
        ina.client().postForm("/evidence/" + id + "/figures/1/remove", form(ina, Map.of()));
    Reply gone = ina.client().get("/evidence/" + id + "/figures/1");

    assertThat(removed.status()).isEqualTo(303);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(service.moderation().drafts().revisions(id)).hasSize(3);
    assertThat(ina.client().get("/evidence/" + id).body()).doesNotContain("45 of 60");
  }

  @Test
  void text_with_markup_is_escaped_and_a_finding_that_names_a_person_is_refused_at_its_field() {
    String id = start(ina, "Fife <script>alert(1)</script>");
    Map<String, String> finding =
        form(
            ina,
            Map.of(
                "statement", "1",
                "kind", "strength",
                "weight", "major",
                "text", "Mrs Smith's concerns were heard quickly."));

    Reply draft = ina.client().get("/evidence/" + id);
    Reply refused = ina.client().postForm("/evidence/" + id + "/findings", finding);

    assertThat(draft.body())
        .doesNotContain("<script>alert")
        .contains("Fife &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "<a href=\"#finding-text\">Finding: looks like it identifies a person: a person's name ('Mrs *****'")
        .contains("Mrs Smith's concerns were heard quickly.</textarea>");
  }

  @Test
  void
      markup_in_a_saved_finding_and_in_a_value_typed_is_shown_escaped_in_the_table_and_the_panel() {
    String id = start(ina, "Orkney");
    Reply saved =
        ina.client()
            .postForm(
                "/evidence/" + id + "/findings",
                form(
                    ina,
                    Map.of(
                        "statement", "1",
                        "kind", "strength",
                        "weight", "minor",
                        "text", "Leaders were <b>visible</b> \"every day\".")));
    Map<String, String> typed = figure(ina, "ird-held", "<img src=x>", "60");
    typed.put("part", "figure");
    typed.put("item", "0");

    Reply draft = ina.client().get("/evidence/" + id);
    Reply panel = ina.client().postForm("/evidence/" + id + "/panel", typed);

    assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    assertThat(draft.body())
        .doesNotContain("<b>visible")
        .contains(">Leaders were &lt;b&gt;visible&lt;/b&gt; \"every day\".</td>");
    assertThat(panel.body())
        .doesNotContain("<img")
        .contains("<li>Count: '&lt;img src=x&gt;' is not a whole number");
  }

  @Test
  void the_measure_search_narrows_the_measures_without_a_script() {
    String id = start(ina, "Perth and Kinross");

    Reply staff = ina.client().get("/evidence/" + id + "/figures/new?statement=all&q=staff+survey");
    Reply none = ina.client().get("/evidence/" + id + "/figures/new?statement=1&q=zebra");

    assertThat(staff.body())
        .contains("value=\"staff-confident-recognise-report-abuse\"")
        .contains("value=\"staff-feel-valued\"")
        .doesNotContain("value=\"ird-held\"")
        .contains("<datalist id=\"accepted-phrases\">")
        .contains("label=\"reads as the majority (50% up to 74%)\"");
    assertThat(none.body()).contains("No measure of statement 1 matches 'zebra'.");
  }

  @Test
  void a_search_with_markup_is_shown_escaped_in_the_search_box_and_in_the_answer() {
    String id = start(ina, "Moray");
    String query = "\"><script>alert(1)</script>";

    Reply page =
        ina.client()
            .get(
                "/evidence/"
                    + id
                    + "/figures/new?statement=1&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<script>alert")
        .contains("name=\"q\" type=\"search\" value=\"&#34;>&lt;script>alert(1)&lt;/script>\"")
        .contains(
            "No measure of statement 1 matches '\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;'.");
  }

  @Test
  void no_evidence_page_has_inline_script_or_style_and_each_loads_the_script_from_the_service() {
    String id = start(ina, "Shetland");
    ina.client().postForm("/evidence/" + id + "/figures", figure(ina, "ird-held", "45", "60"));
    ina.client()
        .postForm(
            "/evidence/" + id + "/findings",
            form(
                ina,
                Map.of(
                    "statement",
                    "4",
                    "kind",
                    "strength",
                    "weight",
                    "minor",
                    "text",
                    "Leaders were visible.")));
    for (String path :
        java.util.List.of(
            "/evidence",
            "/evidence/new",
            "/evidence/" + id,
            "/evidence/" + id + "/details",
            "/evidence/" + id + "/figures/new?statement=1",
            "/evidence/" + id + "/figures/1",
            "/evidence/" + id + "/findings/new?statement=2",
            "/evidence/" + id + "/findings/2")) {
      Reply page = ina.client().get(path);

      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body())
          .as(path)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContainPattern("(?i)<style")
          .doesNotContainPattern("(?i)\\sstyle=")
          .doesNotContainPattern("(?i)\\son[a-z]+=")
          .doesNotContain("javascript:");
      if (!path.equals("/evidence")) {
        assertThat(page.body())
            .as(path)
            .contains("<script src=\"/qi-assist-evidence.js\" defer=\"defer\"></script>");
      }
    }
    assertThat(ina.client().get("/qi-assist-evidence.js").status()).isEqualTo(200);
  }

  @Test
  void in_local_mode_the_one_user_drafts_evidence_too() {
    try (RunningService local = RunningService.local()) {
      Reply first = local.client().get("/evidence/new");
      Client browser = local.client().with("Cookie", Team.cookie(first));
      String token = Team.formToken(browser.get("/evidence/new"));

      Reply started =
          browser.postForm(
              "/evidence", new LinkedHashMap<>(Map.of("partnership", "Skye", "formToken", token)));

      assertThat(started.status()).isEqualTo(303);
      assertThat(browser.get("/").body())
          .contains("href=\"/evidence\">Evidence drafts</a>")
          .contains("\">Skye</a>");
    }
  }

  // --- helpers

  /** Starts a draft with 60 records read and gives its id. */
  static String start(Team.Browser browser, String partnership) {
    Reply started = browser.client().postForm("/evidence", details(browser, partnership));
    assertThat(started.status()).as(started.body()).isEqualTo(303);
    return started.headers().firstValue("Location").orElseThrow().substring("/evidence/".length());
  }

  /** A draft of an example, typed in: every figure and finding through its form. */
  static String seeded(Team.Browser browser, String exampleName) {
    EvidenceDraft example = Drafts.example(exampleName);
    Reply started =
        browser
            .client()
            .postForm(
                "/evidence",
                Drafts.form(DraftForms.values(example.details()), browser.formToken()));
    String id =
        started.headers().firstValue("Location").orElseThrow().substring("/evidence/".length());
    example
        .figures()
        .forEach(
            f ->
                browser
                    .client()
                    .postForm(
                        "/evidence/" + id + "/figures",
                        Drafts.form(DraftForms.values(f), browser.formToken())));
    example
        .findings()
        .forEach(
            f ->
                browser
                    .client()
                    .postForm(
                        "/evidence/" + id + "/findings",
                        Drafts.form(DraftForms.values(f), browser.formToken())));
    return id;
  }

  static Map<String, String> details(Team.Browser browser, String partnership) {
    Map<String, String> form = form(browser, Map.of());
    form.put("partnership", partnership);
    form.put("recordsRead", "60");
    return form;
  }

  static Map<String, String> figure(Team.Browser browser, String measure, String count, String of) {
    return form(browser, Map.of("measure", measure, "count", count, "of", of));
  }

  static Map<String, String> form(Team.Browser browser, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("formToken", browser.formToken());
    return form;
  }
}

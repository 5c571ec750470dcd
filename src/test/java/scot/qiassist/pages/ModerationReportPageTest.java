package scot.qiassist.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.moderation.Moderation;
import scot.qiassist.storage.Databases;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredExamples;
import scot.qiassist.terms.Band;

/** The moderation report page: what it shows, to whom, and that no input becomes markup. */
class ModerationReportPageTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String HOSTILE_EVIDENCE =
      """
      {"partnership": "Hostile %1$s partnership",
       "evidence": [{"measure": "ird-held", "count": 45, "of": 60, "note": "Note %2$s and %1$s"}],
       "findings": [{"statement": 4, "kind": "strength", "weight": "major", "aspect": "best-start",
                     "text": "Leaders were visible %1$s %2$s", "keyMessage": true},
                    {"statement": 2, "kind": "strength", "weight": "minor", "text": "Plans %1$s"}]}
      """
          .formatted(SCRIPT, IMG.replace("\"", "\\\""));

  @TempDir Path temp;

  private EvaluationStore store;
  private Moderation moderation;
  private final List<Band> bands = RepositoryRules.get().standardWords().bands();
  private final GradeParameters parameters = RepositoryRules.get().gradeParameters();

  @BeforeEach
  void store() {
    store = new EvaluationStore(Databases.fresh(Databases.Kind.SQLITE, temp));
    moderation = new Moderation(store);
  }

  @Test
  void evidence_and_decisions_containing_markup_and_script_appear_escaped_never_raw()
      throws Exception {
    var example = StoredExamples.of(HOSTILE_EVIDENCE);
    String id =
        store.save(example.json(), example.evidence(), example.result(), "inspector " + SCRIPT);
    String keyMessage =
        example.result().keyMessages().stream()
            .filter(k -> k.text().startsWith("Leaders"))
            .findFirst()
            .orElseThrow()
            .text();
    moderation.decide(
        id,
        Decision.adjust(
            2,
            "Reason " + SCRIPT + IMG,
            List.of(new DecisionComment(keyMessage, "Comment " + IMG))),
        "moderator " + IMG);

    String page =
        ModerationReportPage.render(
            PageContext.served("moderator " + SCRIPT, "token" + IMG),
            ReportSubject.of(store.get(id)),
            bands,
            parameters,
            ReportOptions.forModerator());

    assertThat(page).doesNotContain("<script").doesNotContain("<img");
    assertThat(page)
        .contains("Hostile &lt;script&gt;alert(1)&lt;/script&gt; partnership")
        .contains(
            "Leaders were visible &lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains(
            "Note \"&gt;&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains(
            "Reason &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("Comment \"&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("value=\"token&#34;>&lt;img src=x onerror=alert(1)>\"");
    assertThat(MarkdownReport.render(ReportSubject.of(store.get(id))))
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void the_chart_has_one_mark_per_figure_and_shades_every_band() {
    var result = StoredExamples.get("north-lanarkshire-2023").result();

    String page =
        ModerationReportPage.render(
            PageContext.offline(),
            ReportSubject.unstored(StoredExamples.get("north-lanarkshire-2023").evidence(), result),
            bands,
            parameters,
            ReportOptions.printView());

    assertThat(count(page, "class=\"qi-chart__mark\""))
        .isEqualTo(result.readings().size())
        .isEqualTo(61);
    assertThat(count(page, "class=\"qi-chart__reading\"")).isEqualTo(61);
    assertThat(count(page, "class=\"qi-chart__band\"")).isEqualTo(bands.size());
    assertThat(page)
        .contains(
            "data-measure=\"children-attended-hearing\"><title>children-attended-hearing: 'less than one-third' (1%-33%), "
                + "read as less than half (15% up to 49%); the range reaches from few to less than half</title>");
  }

  @Test
  void decisions_are_shown_oldest_first_and_the_latest_sets_the_current_grade() throws Exception {
    String id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");
    moderation.decide(id, Decision.agree("First look.", List.of()), "moderator.one");
    moderation.decide(id, Decision.adjust(4, "Second look.", List.of()), "moderator.two");
    moderation.decide(id, Decision.adjust(5, "Third look.", List.of()), "moderator.three");

    String page =
        ModerationReportPage.render(
            PageContext.served("moderator.one", null),
            ReportSubject.of(store.get(id)),
            bands,
            parameters,
            ReportOptions.readOnly());

    int first = page.indexOf("Decision 1: agreed Very good (5)");
    int second = page.indexOf("Decision 2: adjusted to Good (4)");
    int third = page.indexOf("Decision 3: adjusted to Very good (5)");
    assertThat(first).isPositive().isLessThan(second);
    assertThat(second).isLessThan(third);
    assertThat(page).contains("Very good (5), after 3 decisions").contains("by moderator.two");
  }

  @Test
  void the_decision_form_is_shown_only_when_asked_for_and_never_in_the_printable_view() {
    String id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");
    ReportSubject subject = ReportSubject.of(store.get(id));
    String form = "<form method=\"post\" action=\"/evaluations/" + id + "/decisions\"";

    assertThat(
            ModerationReportPage.render(
                PageContext.served("m", "t"),
                subject,
                bands,
                parameters,
                ReportOptions.forModerator()))
        .contains(form)
        .contains("name=\"outcome\"")
        .contains("name=\"grade\"")
        .contains("name=\"reason\"")
        .contains("name=\"formToken\" value=\"t\"")
        .contains("name=\"comments[0].keyMessage\"");
    assertThat(
            ModerationReportPage.render(
                PageContext.served("i", null),
                subject,
                bands,
                parameters,
                ReportOptions.readOnly()))
        .doesNotContain("<form")
        .contains("href=\"/evaluations/" + id + "/print\"");
    assertThat(
            ModerationReportPage.render(
                PageContext.offline(),
                subject,
                bands,
                parameters,
                new ReportOptions(true, DecisionFormState.empty())))
        .doesNotContain("<form")
        .doesNotContain("class=\"govuk-header\"")
        .doesNotContain("/print\"");
  }

  @Test
  void the_printable_view_opens_every_section_and_carries_its_styles_inside() {
    var example = StoredExamples.get("north-lanarkshire-2023");

    String page =
        ModerationReportPage.render(
            PageContext.offline(),
            ReportSubject.unstored(example.evidence(), example.result()),
            bands,
            parameters,
            ReportOptions.printView());

    assertThat(count(page, "<details"))
        .isEqualTo(count(page, "<details class=\"govuk-details"))
        .isPositive();
    assertThat(page)
        .doesNotContainPattern("<details[^>]*class=\"[^\"]*\"(?![^>]*open)[^>]*>")
        .contains("<style>")
        .contains(".govuk-template")
        .contains("@media print")
        .doesNotContain("<link")
        .doesNotContain("Skip to main content");
  }

  @Test
  void a_rejected_decision_shows_each_problem_at_its_field_with_what_was_sent() {
    String id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");
    var state =
        DecisionFormState.rejected(
            Map.of("outcome", List.of("adjust"), "reason", List.of("Half <b>done</b>")),
            List.of(new Problem("grade", "required to adjust; expected a grade from 1 to 6")));

    String page =
        ModerationReportPage.render(
            PageContext.served("m", null),
            ReportSubject.of(store.get(id)),
            bands,
            parameters,
            new ReportOptions(false, state));

    assertThat(page)
        .contains("There is a problem")
        .contains(
            "<a href=\"#decision-grade\">grade: required to adjust; expected a grade from 1 to 6</a>")
        .contains(
            "<div class=\"govuk-form-group govuk-form-group--error\"><label class=\"govuk-label govuk-label--m\" for=\"decision-grade\">Grade</label>")
        .contains("value=\"adjust\" checked>")
        .contains(">Half &lt;b&gt;done&lt;/b&gt;</textarea>");
  }

  @Test
  void
      the_plain_language_comes_first_and_every_rule_id_file_and_line_is_under_how_the_rules_decided() {
    var example = StoredExamples.get("north-lanarkshire-2023");

    String page =
        ModerationReportPage.render(
            PageContext.served("m", null),
            ReportSubject.unstored(example.evidence(), example.result()),
            bands,
            parameters,
            ReportOptions.readOnly());

    int why = page.indexOf("id=\"why\">Why Very good</h2>");
    int points = page.indexOf("id=\"points\">Points per statement</h2>");
    int keyMessages = page.indexOf("id=\"key-messages\">Key messages</h2>");
    int folded = page.indexOf("<details class=\"govuk-details\" id=\"how-the-rules-decided\">");
    int foldedEnd = page.indexOf("</details>", folded);
    assertThat(why).isPositive().isLessThan(points);
    assertThat(points).isLessThan(keyMessages);
    assertThat(keyMessages).isLessThan(folded);
    assertThat(page.substring(folded, foldedEnd))
        .contains(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">How the rules decided</span></summary>")
        .contains(
            "[grade-very-good-major-strengths-across-statements, grade/qi-2-1-criteria.drl line ")
        .contains("Every rule that fired (");
    assertThat(count(page, "class=\"qi-rule\""))
        .as("every rule reference is folded")
        .isEqualTo(count(page.substring(folded, foldedEnd), "class=\"qi-rule\""))
        .isPositive();
    assertThat(page.substring(0, folded))
        .contains("Major strengths in 4 of the four statements; very good needs at least 2.")
        .doesNotContain("qi-2-1-criteria.drl");
  }

  @Test
  void
      the_points_chart_draws_each_statements_strengths_and_areas_with_the_points_of_the_parameters() {
    var example = StoredExamples.get("north-lanarkshire-2023");
    var result = example.result();

    String page =
        ModerationReportPage.render(
            PageContext.offline(),
            ReportSubject.unstored(example.evidence(), result),
            bands,
            parameters,
            ReportOptions.printView());

    assertThat(count(page, "class=\"qi-points__statement\"")).isEqualTo(4);
    assertThat(count(page, "class=\"qi-points__strengths\"")).isEqualTo(4);
    assertThat(count(page, "class=\"qi-points__areas\"")).isEqualTo(4);
    var points = scot.qiassist.evaluation.StatementPoints.of(result.judgements(), parameters);
    assertThat(points.stream().mapToInt(p -> p.strengthPoints()).sum())
        .isEqualTo(result.balance().strengthPoints());
    assertThat(points.stream().mapToInt(p -> p.areaPoints()).sum())
        .isEqualTo(result.balance().areaPoints());
    assertThat(page)
        .contains("<title id=\"report-points-title\">Points per statement</title>")
        .contains(
            "statement 1: strengths "
                + points.get(0).strengthPoints()
                + " points ("
                + points.get(0).strengths()
                + "), areas for improvement "
                + points.get(0).areaPoints());
  }

  private static int count(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}

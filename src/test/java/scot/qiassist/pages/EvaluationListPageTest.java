package scot.qiassist.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.storage.Databases;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredExamples;

/** The list of evaluations at /, with its filter form. */
class EvaluationListPageTest {

  @TempDir Path temp;

  @Test
  void each_evaluation_links_to_its_report_and_the_filter_shows_what_was_chosen() {
    EvaluationStore store = new EvaluationStore(Databases.fresh(Databases.Kind.SQLITE, temp));
    String id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");
    EvaluationFilter filter = EvaluationFilter.all().withGrade(5);

    String page =
        EvaluationListPage.render(
            PageContext.served("inspector.a", null),
            store.list(filter),
            filter,
            store.partnerships(),
            store.rulesetVersions());

    assertThat(page)
        .contains("<a class=\"govuk-link\" href=\"/evaluations/" + id + "\">North Lanarkshire</a>")
        .contains("<option value=\"5\" selected>Very good (5)</option>")
        .contains("<option value=\"North Lanarkshire\">North Lanarkshire</option>")
        .contains("<form method=\"get\" action=\"/\"")
        .contains("Not yet decided")
        .contains("1 evaluation</caption>")
        .contains("<link rel=\"stylesheet\" href=\"" + GovukFrontend.STYLESHEET_PATH + "\">");
  }

  @Test
  void text_from_input_in_the_list_and_the_filter_is_escaped() {
    EvaluationFilter filter = EvaluationFilter.all().withPartnership("<script>alert(1)</script>");

    String page =
        EvaluationListPage.render(
            PageContext.served("\"><img src=x>", null),
            List.of(),
            filter,
            List.of("<script>alert(1)</script>"),
            List.of("\"><img src=x>"));

    assertThat(page)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("<option value=\"&lt;script>alert(1)&lt;/script>\" selected>")
        .contains("No stored evaluation matches these filters.");
  }

  @Test
  void the_govuk_frontend_files_the_pages_name_are_in_the_webjar() {
    ClassLoader loader = getClass().getClassLoader();

    assertThat(loader.getResource(GovukFrontend.STYLESHEET_RESOURCE)).isNotNull();
    assertThat(loader.getResource(GovukFrontend.ASSETS_RESOURCE + "/images/favicon.ico"))
        .isNotNull();
    assertThat(loader.getResource(Styles.OWN_STYLESHEET_RESOURCE)).isNotNull();
    assertThat(GovukFrontend.STYLESHEET_PATH)
        .isEqualTo("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
  }
}

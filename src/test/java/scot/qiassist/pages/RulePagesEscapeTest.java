package scot.qiassist.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.qiassist.versions.ActivationEntry;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/**
 * The rules workbench's pages show rule text, notes and problems that policy staff typed: none of
 * it becomes markup, and a file's text comes back in its text area as it was.
 */
class RulePagesEscapeTest {

  static final String CLOSE_AND_SCRIPT = "</textarea><script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  private static final PageContext POLICY = PageContext.served("policy", "token");

  @Test
  void a_file_whose_text_closes_the_text_area_stays_inside_it_with_its_first_empty_line() {
    String text = "\nrule \"x\" " + CLOSE_AND_SCRIPT + "\n";

    String page =
        RuleFilePage.render(
            POLICY, "abc123", "grade/" + IMG + ".drl", text, List.of("line 2: " + IMG));

    assertThat(page).doesNotContain("<script").doesNotContain("<img");
    assertThat(page)
        .contains(
            "spellcheck=\"false\">\n\nrule \"x\" &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n</textarea>")
        .contains("<li>line 2: \"&gt;&lt;img src=x onerror=alert(1)&gt;</li>")
        .contains("name=\"file\" value=\"grade/&#34;>&lt;img src=x onerror=alert(1)>.drl\"")
        .contains("name=\"formToken\" value=\"token\"");
  }

  @Test
  void notes_and_names_in_the_history_and_the_confirmation_are_escaped() {
    ActivationEntry activation =
        new ActivationEntry(1, "abc123", "2026-12-06T10:00:00Z", "policy " + IMG, IMG, null);
    VersionEntry version =
        new VersionEntry(
            "abc123",
            "2026-12-06T09:00:00Z",
            "policy " + IMG,
            null,
            "candidate",
            "passed",
            false,
            List.of(activation));

    String list =
        RuleVersionsPage.render(POLICY, "def456", List.of(version), List.of(activation), IMG);
    String confirm =
        ActivationPage.render(
            POLICY,
            new VersionDetail(version, Map.of(), null, Map.of()),
            "def456",
            CLOSE_AND_SCRIPT,
            List.of(IMG));

    assertThat(list + confirm).doesNotContain("<script").doesNotContain("<img");
    assertThat(list)
        .contains("<p class=\"govuk-notification-banner__heading\">\"&gt;&lt;img")
        .contains("candidate, policy \"&gt;&lt;img src=x onerror=alert(1)&gt;</td>");
    assertThat(confirm)
        .contains("Roll back to version abc123")
        .contains(">&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
  }
}

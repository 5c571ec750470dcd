package scot.qiassist.pages;

import java.time.Instant;
import java.util.List;

/** What the rules workbench's pages share: their paths, status tags, times, errors and forms. */
final class RulePages {

  static final String ROOT = "/rules";

  private RulePages() {}

  static String version(String id) {
    return ROOT + "/versions/" + Html.segment(id);
  }

  static void tag(Html h, String status) {
    String colour =
        switch (status) {
          case "passed" -> "govuk-tag--green";
          case "failed" -> "govuk-tag--yellow";
          case "refused" -> "govuk-tag--red";
          default -> "govuk-tag--grey";
        };
    h.element("strong", status, "class", "govuk-tag " + colour);
  }

  static String when(String instant) {
    return instant == null ? "" : EvaluationListPage.WHEN.format(Instant.parse(instant));
  }

  static void errors(Html h, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    h.markup(
        "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
    for (String p : problems) {
      h.element("li", p);
    }
    h.markup("</ul></div></div></div>\n");
  }

  static void formToken(Html h, PageContext context) {
    h.formToken(context.formToken());
  }

  static void back(Html h, String href, String text) {
    h.element("a", text, "href", href, "class", "govuk-back-link");
  }
}

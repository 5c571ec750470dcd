package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.versions.ActivationEntry;
import scot.qiassist.versions.VersionEntry;

/**
 * The page at {@code /rules}: the version in service, every version newest first with the status of
 * its latest check, and the history of activations with who, when and why.
 */
public final class RuleVersionsPage {

  public static final String PATH = RulePages.ROOT;

  private RuleVersionsPage() {}

  /**
   * @param notice a sentence to show in a banner (after an activation), or null
   */
  public static String render(
      PageContext context,
      String inService,
      List<VersionEntry> versions,
      List<ActivationEntry> history,
      String notice) {
    return Layout.page(
        "Rule set versions",
        context,
        false,
        h -> {
          if (notice != null) {
            h.markup(
                    "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"notice-title\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"notice-title\">Success</h2></div><div class=\"govuk-notification-banner__content\">")
                .element("p", notice, "class", "govuk-notification-banner__heading")
                .markup("</div></div>\n");
          }
          h.markup("<h1 class=\"govuk-heading-xl\">Rule set versions</h1>\n");
          h.markup("<p class=\"govuk-body\">Version in service: ")
              .open("a", "class", "govuk-link", "href", RulePages.version(inService))
              .element("strong", inService)
              .close("a")
              .markup(
                  ". Open a version to read its files, change one and save the change as a candidate, or put it in service.</p>\n");
          versions(h, versions);
          history(h, history);
        });
  }

  private static void versions(Html h, List<VersionEntry> versions) {
    h.markup(
        "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Versions, newest first</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String c : List.of("Version", "Check", "Based on", "From", "Stored")) {
      h.element("th", c, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (VersionEntry v : versions) {
      h.markup("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
          .element(
              "a",
              v.version(),
              "class",
              "govuk-link qi-code",
              "href",
              RulePages.version(v.version()));
      if (v.inService()) {
        h.markup(" <strong class=\"govuk-tag\">in service</strong>");
      }
      h.markup("</td><td class=\"govuk-table__cell\">");
      RulePages.tag(h, v.status());
      h.markup("</td>")
          .element("td", v.parent() == null ? "" : v.parent(), "class", "govuk-table__cell qi-code")
          .element(
              "td",
              (v.origin().equals("candidate") ? "candidate" : "rules directory")
                  + (v.createdBy() == null ? "" : ", " + v.createdBy()),
              "class",
              "govuk-table__cell")
          .element("td", RulePages.when(v.createdAt()), "class", "govuk-table__cell")
          .markup("</tr>\n");
    }
    h.markup("</tbody></table>\n");
  }

  private static void history(Html h, List<ActivationEntry> history) {
    h.markup(
        "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Put in service, newest first</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String c : List.of("When", "Version", "By", "Why", "Its check")) {
      h.element("th", c, "scope", "col", "class", "govuk-table__header");
    }
    h.markup("</tr></thead><tbody class=\"govuk-table__body\">");
    for (ActivationEntry a : history) {
      h.markup("<tr class=\"govuk-table__row\">")
          .element("td", RulePages.when(a.at()), "class", "govuk-table__cell")
          .markup("<td class=\"govuk-table__cell\">")
          .element(
              "a",
              a.version(),
              "class",
              "govuk-link qi-code",
              "href",
              RulePages.version(a.version()))
          .markup("</td>")
          .element("td", a.by(), "class", "govuk-table__cell")
          .element("td", a.note() == null ? "" : a.note(), "class", "govuk-table__cell")
          .element(
              "td",
              a.summary() == null
                  ? "not recorded"
                  : a.summary().status()
                      + ": "
                      + a.summary().examplesPassed()
                      + " of "
                      + a.summary().examples()
                      + " examples as expected"
                      + (a.summary().gradesUp() == null
                          ? ""
                          : "; grades up "
                              + a.summary().gradesUp()
                              + ", down "
                              + a.summary().gradesDown()),
              "class",
              "govuk-table__cell")
          .markup("</tr>\n");
    }
    h.markup("</tbody></table>\n");
  }
}

package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.versions.VersionDetail;
import scot.qiassist.versions.VersionEntry;

/**
 * The confirmation before a version is put in service, {@code /rules/versions/{id}/activate}: which
 * version replaces which, what its check found, and why (a note, required).
 */
public final class ActivationPage {

  private ActivationPage() {}

  /**
   * @param note the note as last sent, or empty
   * @param problems what was wrong with the last confirmation sent, or empty
   */
  public static String render(
      PageContext context,
      VersionDetail detail,
      String inService,
      String note,
      List<String> problems) {
    VersionEntry v = detail.entry();
    boolean rollBack = !v.activations().isEmpty();
    String title =
        rollBack
            ? "Roll back to version " + v.version()
            : "Put version " + v.version() + " in service";
    return Layout.page(
        title,
        context,
        false,
        h -> {
          RulePages.back(h, RulePages.version(v.version()), "Version " + v.version());
          RulePages.errors(h, problems);
          h.element("h1", title, "class", "govuk-heading-l");
          h.element(
              "p",
              "Version "
                  + v.version()
                  + " will replace version "
                  + inService
                  + " on every instance of the service as soon as each has built it (a few seconds). Evaluations made from then on use it; stored evaluations keep the version they were made with.",
              "class",
              "govuk-body");
          if (detail.check() != null && detail.check().impact() != null) {
            var impact = detail.check().impact();
            h.element(
                "p",
                "Against version "
                    + impact.fromVersion()
                    + ", its check found grades up "
                    + impact.gradesUp()
                    + " and down "
                    + impact.gradesDown()
                    + " over "
                    + impact.examples()
                    + " examples and "
                    + impact.evaluations()
                    + " stored evaluations.",
                "class",
                "govuk-body");
          }
          h.markup(
              "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>This changes the grades the service gives.</strong></div>\n");
          h.open(
              "form",
              "method",
              "post",
              "action",
              RulePages.version(v.version()) + "/activate",
              "novalidate",
              "novalidate");
          RulePages.formToken(h, context);
          h.markup("<div class=\"govuk-form-group\">")
              .markup("<label class=\"govuk-label govuk-label--s\" for=\"note\">Why</label>")
              .markup(
                  "<div id=\"note-hint\" class=\"govuk-hint\">The change request, correction or reason for rolling back. Kept in the history with your name. No names of children or families.</div>")
              .markup(
                  "<textarea class=\"govuk-textarea\" id=\"note\" name=\"note\" rows=\"3\" aria-describedby=\"note-hint\">")
              .text(note)
              .markup("</textarea></div>\n")
              .markup(
                  "<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\">")
              .text(rollBack ? "Yes, roll back to this version" : "Yes, put it in service")
              .markup("</button>")
              .element("a", "Cancel", "class", "govuk-link", "href", RulePages.version(v.version()))
              .markup("</div></form>\n");
        });
  }
}

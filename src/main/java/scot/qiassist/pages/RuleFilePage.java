package scot.qiassist.pages;

import java.util.List;

/**
 * A file of a version in a text area, {@code /rules/versions/{id}/edit?file=PATH}: changed and
 * saved, it becomes a candidate based on that version, checked at once.
 */
public final class RuleFilePage {

  private RuleFilePage() {}

  /**
   * @param text the file's text, as stored or as last sent
   * @param problems what was wrong with the text last sent, or empty
   */
  public static String render(
      PageContext context, String version, String path, String text, List<String> problems) {
    return Layout.page(
        path + " of version " + version,
        context,
        false,
        h -> {
          RulePages.back(h, RulePages.version(version), "Version " + version);
          RulePages.errors(h, problems);
          h.markup("<h1 class=\"govuk-heading-l\">")
              .element("span", path, "class", "qi-code")
              .markup("</h1>\n");
          h.markup("<p class=\"govuk-body\">Of version ")
              .element("span", version, "class", "qi-code")
              .markup(
                  ". Saving checks the changed rules at once (the check, every example, and what changes for the stored evaluations); nothing is put in service until you choose to.</p>\n");
          h.open(
              "form",
              "method",
              "post",
              "action",
              RulePages.version(version) + "/edit",
              "novalidate",
              "novalidate");
          RulePages.formToken(h, context);
          h.open("input", "type", "hidden", "name", "file", "value", path);
          h.markup("<div class=\"govuk-form-group\">")
              .markup(
                  "<label class=\"govuk-label govuk-label--s\" for=\"text\">The file's text</label>")
              // The parser drops one line break straight after <textarea>: this one, so that a file
              // starting with an empty line keeps it.
              .markup(
                  "<textarea class=\"govuk-textarea qi-code qi-editor\" id=\"text\" name=\"text\" rows=\"30\" spellcheck=\"false\">\n")
              .text(text)
              .markup("</textarea></div>\n")
              .markup(
                  "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Save as a candidate</button>\n")
              .markup("</form>\n");
        });
  }
}

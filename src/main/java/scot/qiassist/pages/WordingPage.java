package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.storage.EvaluationSummary;

/**
 * The form of the report-wording check: a draft pasted or uploaded (text, Markdown or .docx) beside
 * a stored evaluation, or beside evidence pasted or uploaded as JSON. Nothing is stored.
 */
public final class WordingPage {

  public static final String PATH = "/wording";

  private WordingPage() {}

  /**
   * The form.
   *
   * @param evaluations the stored evaluations the user may see, newest first
   * @param selected the evaluation to check against, or null
   * @param problems what was wrong with the last form sent, or empty
   */
  public static String form(
      PageContext context,
      List<EvaluationSummary> evaluations,
      String selected,
      List<String> problems) {
    return Layout.page(
        "Check a draft report's wording",
        context,
        false,
        h -> {
          h.markup("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
          errors(h, problems);
          h.markup("<h1 class=\"govuk-heading-xl\">Check a draft report's wording</h1>\n")
              .markup(
                  "<p class=\"govuk-body\">Every quantity word of the draft (\"most\", \"just over two-thirds\", \"88%\") is checked against the standard words and against the evidence of the inspection. Nothing you send here is stored.</p>\n");
          h.open(
              "form",
              "method",
              "post",
              "action",
              PATH,
              "enctype",
              "multipart/form-data",
              "novalidate",
              "novalidate");
          h.formToken(context.formToken());
          evidence(h, evaluations, selected);
          draft(h);
          h.markup(
              "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Check the wording</button>\n");
          h.markup("</form></div></div>\n");
        });
  }

  private static void errors(Html h, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    h.markup(
        "<div class=\"govuk-error-summary\" role=\"alert\" tabindex=\"-1\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
    for (String p : problems) {
      h.element("li", p);
    }
    h.markup("</ul></div></div>\n");
  }

  private static void evidence(Html h, List<EvaluationSummary> evaluations, String selected) {
    h.markup(
        "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\"><h2 class=\"govuk-fieldset__heading\">The evidence</h2></legend>\n");
    h.markup("<div class=\"govuk-form-group\">")
        .markup("<label class=\"govuk-label\" for=\"evaluation\">A stored evaluation</label>")
        .markup(
            "<div class=\"govuk-hint\" id=\"evaluation-hint\">Or leave this empty and give the evidence below.</div>")
        .markup(
            "<select class=\"govuk-select\" id=\"evaluation\" name=\"evaluation\" aria-describedby=\"evaluation-hint\">")
        .markup("<option value=\"\">None: the evidence is below</option>");
    for (EvaluationSummary e : evaluations) {
      h.open("option", "value", e.id(), "selected", e.id().equals(selected) ? "selected" : null)
          .text(
              e.partnership()
                  + ", "
                  + EvaluationListPage.WHEN.format(e.createdAt())
                  + " by "
                  + e.author()
                  + " ("
                  + e.id()
                  + ")")
          .close("option");
    }
    h.markup("</select></div>\n");
    h.markup("<div class=\"govuk-form-group\">")
        .markup(
            "<label class=\"govuk-label\" for=\"evidenceFile\">Or an evidence file (JSON)</label>")
        .markup(
            "<input class=\"govuk-file-upload\" id=\"evidenceFile\" name=\"evidenceFile\" type=\"file\" accept=\".json,application/json\">")
        .markup("</div>\n");
    h.markup("<div class=\"govuk-form-group\">")
        .markup(
            "<label class=\"govuk-label\" for=\"evidenceJson\">Or the evidence, pasted as JSON</label>")
        .markup(
            "<textarea class=\"govuk-textarea qi-code\" id=\"evidenceJson\" name=\"evidenceJson\" rows=\"6\" spellcheck=\"false\"></textarea>")
        .markup("</div></fieldset>\n");
  }

  private static void draft(Html h) {
    h.markup(
        "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\"><h2 class=\"govuk-fieldset__heading\">The draft report</h2></legend>\n");
    h.markup("<div class=\"govuk-form-group\">")
        .markup("<label class=\"govuk-label\" for=\"draftFile\">Upload the draft</label>")
        .markup(
            "<div class=\"govuk-hint\" id=\"draftFile-hint\">A Word document (.docx), or plain text or Markdown saved as UTF-8; at most 5 MB.</div>")
        .markup(
            "<input class=\"govuk-file-upload\" id=\"draftFile\" name=\"draftFile\" type=\"file\" accept=\".docx,.txt,.md,text/plain,text/markdown\" aria-describedby=\"draftFile-hint\">")
        .markup("</div>\n");
    h.markup("<div class=\"govuk-form-group\">")
        .markup("<label class=\"govuk-label\" for=\"draftText\">Or paste the draft's text</label>")
        .markup(
            "<textarea class=\"govuk-textarea\" id=\"draftText\" name=\"draftText\" rows=\"12\"></textarea>")
        .markup("</div></fieldset>\n");
  }
}

package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.Grade;
import scot.qiassist.moderation.DecisionForm;

/**
 * The form a moderator records a decision with: a plain HTML form that POSTs to {@code
 * /evaluations/{id}/decisions} with the fields {@link DecisionForm} reads.
 */
final class DecisionFormSection {

  private DecisionFormSection() {}

  static void write(Html h, ReportSubject subject, DecisionFormState state, String formToken) {
    GradeView current = subject.currentGrade();
    h.markup("<div class=\"qi-no-print\">");
    h.element("h2", "Record a decision", "class", "govuk-heading-l", "id", "decide");
    errorSummary(h, state.problems());
    h.open(
        "form",
        "method",
        "post",
        "action",
        "/evaluations/" + Html.segment(subject.id()) + "/decisions",
        "novalidate",
        "novalidate");
    if (formToken != null) {
      h.formToken(formToken);
    }
    h.open(
        "input",
        "type",
        "hidden",
        "name",
        DecisionForm.BASED_ON,
        "value",
        String.valueOf(subject.decisions().size()));
    outcome(h, state, current);
    grade(h, state);
    reason(h, state);
    comments(h, subject.result().keyMessages().stream().map(k -> k.text()).toList(), state);
    h.markup(
        "<button type=\"submit\" class=\"govuk-button\">Record decision</button>\n</form>\n</div>\n");
  }

  private static void errorSummary(Html h, List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    h.markup(
            "<div class=\"govuk-error-summary\" role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
        .markup(
            "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
    for (Problem p : problems) {
      h.markup("<li>")
          .element(
              "a", p.toString(), "href", "#" + fieldId(p.path().replace(".keyMessage", ".text")))
          .markup("</li>");
    }
    h.markup("</ul></div></div>\n");
  }

  private static void outcome(Html h, DecisionFormState state, GradeView current) {
    String error = state.problem(DecisionForm.OUTCOME);
    h.markup(group(error))
        .markup(
            "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Outcome</legend>");
    errorMessage(h, error);
    h.markup("<div class=\"govuk-radios\">");
    radio(h, "agree", "Agree: keep " + current.label() + " (" + current.value() + ")", state);
    radio(h, "adjust", "Adjust the grade: give the grade and the reason below", state);
    h.markup("</div></fieldset></div>\n");
  }

  private static void radio(Html h, String value, String label, DecisionFormState state) {
    String id =
        value.equals("agree")
            ? fieldId(DecisionForm.OUTCOME)
            : fieldId(DecisionForm.OUTCOME) + "-" + value;
    h.markup("<div class=\"govuk-radios__item\">")
        .open(
            "input",
            "class",
            "govuk-radios__input",
            "id",
            id,
            "name",
            DecisionForm.OUTCOME,
            "type",
            "radio",
            "value",
            value,
            "checked",
            value.equals(state.value(DecisionForm.OUTCOME)) ? "checked" : null)
        .element("label", label, "class", "govuk-label govuk-radios__label", "for", id)
        .markup("</div>");
  }

  private static void grade(Html h, DecisionFormState state) {
    String error = state.problem(DecisionForm.GRADE);
    h.markup(group(error))
        .element(
            "label",
            "Grade",
            "class",
            "govuk-label govuk-label--m",
            "for",
            fieldId(DecisionForm.GRADE))
        .element("div", "Required to adjust. To agree, leave it as it is.", "class", "govuk-hint");
    errorMessage(h, error);
    h.open(
            "select",
            "class",
            "govuk-select",
            "id",
            fieldId(DecisionForm.GRADE),
            "name",
            DecisionForm.GRADE)
        .element("option", "Keep the current grade", "value", "");
    for (int g = 6; g >= 1; g--) {
      h.element(
          "option",
          Grade.of(g).label() + " (" + g + ")",
          "value",
          String.valueOf(g),
          "selected",
          String.valueOf(g).equals(state.value(DecisionForm.GRADE)) ? "selected" : null);
    }
    h.markup("</select></div>\n");
  }

  private static void reason(Html h, DecisionFormState state) {
    String error = state.problem(DecisionForm.REASON);
    h.markup(group(error))
        .element(
            "label",
            "Reason",
            "class",
            "govuk-label govuk-label--m",
            "for",
            fieldId(DecisionForm.REASON))
        .element(
            "div",
            "Required to adjust: why the evidence supports another grade.",
            "class",
            "govuk-hint");
    errorMessage(h, error);
    h.open(
            "textarea",
            "class",
            "govuk-textarea",
            "id",
            fieldId(DecisionForm.REASON),
            "name",
            DecisionForm.REASON,
            "rows",
            "4")
        .text(state.value(DecisionForm.REASON))
        .markup("</textarea></div>\n");
  }

  private static void comments(Html h, List<String> keyMessages, DecisionFormState state) {
    boolean anyGiven = state.values().keySet().stream().anyMatch(k -> k.startsWith("comments["));
    h.open("details", "class", "govuk-details", "open", anyGiven ? "open" : null)
        .markup(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">Comment on key messages (optional)</span></summary>")
        .markup("<div class=\"govuk-details__text\">");
    for (int i = 0; i < keyMessages.size(); i++) {
      String field = DecisionForm.commentText(i);
      String error = state.problem(field);
      h.markup(group(error))
          .open(
              "input",
              "type",
              "hidden",
              "name",
              DecisionForm.commentKeyMessage(i),
              "value",
              keyMessages.get(i))
          .element("label", keyMessages.get(i), "class", "govuk-label", "for", fieldId(field));
      errorMessage(h, error != null ? error : state.problem(DecisionForm.commentKeyMessage(i)));
      h.open(
              "textarea",
              "class",
              "govuk-textarea",
              "id",
              fieldId(field),
              "name",
              field,
              "rows",
              "2")
          .text(state.value(field))
          .markup("</textarea></div>");
    }
    h.markup("</div></details>\n");
  }

  private static String group(String error) {
    return error == null
        ? "<div class=\"govuk-form-group\">"
        : "<div class=\"govuk-form-group govuk-form-group--error\">";
  }

  private static void errorMessage(Html h, String error) {
    if (error != null) {
      h.markup(
              "<p class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
          .text(error)
          .markup("</p>");
    }
  }

  /** The id of a field's control: "decision-comments-0-text" for "comments[0].text". */
  static String fieldId(String path) {
    return "decision-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }
}

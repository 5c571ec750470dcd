package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.Grade;
import scot.qiassist.moderation.DecisionForm;

/**
 * The form a moderator records a decision with (template {@code panels/decision-form.jte}): a plain
 * HTML form that POSTs to {@code /evaluations/{id}/decisions} with the fields {@link DecisionForm}
 * reads.
 */
public final class DecisionFormSection {

  private DecisionFormSection() {}

  /**
   * The form as it is to be shown: empty, or with what was sent and each problem at its field.
   *
   * @param basedOn how many decisions the moderator saw, sent back so that a decision recorded
   *     meanwhile is not overruled unseen
   */
  public record View(
      String action,
      String basedOn,
      List<ErrorLink> errors,
      String outcomeError,
      List<Radio> outcomes,
      String gradeError,
      List<EvaluationListPage.Option> grades,
      String reasonError,
      String reason,
      boolean commentsOpen,
      List<Comment> comments) {

    public String outcomeName() {
      return DecisionForm.OUTCOME;
    }

    public String gradeName() {
      return DecisionForm.GRADE;
    }

    public String gradeId() {
      return fieldId(DecisionForm.GRADE);
    }

    public String reasonName() {
      return DecisionForm.REASON;
    }

    public String reasonId() {
      return fieldId(DecisionForm.REASON);
    }

    public String basedOnName() {
      return DecisionForm.BASED_ON;
    }
  }

  /** A problem in the summary at the top, linking to its field. */
  public record ErrorLink(String text, String href) {}

  /** An outcome to choose. */
  public record Radio(String id, String value, String label, boolean checked) {}

  /**
   * The comment field of one key message.
   *
   * @param keyMessageName the name of the hidden field that carries the key message
   * @param name the name of the comment's text field
   * @param textInError whether the comment's text is what is wrong (its group is marked)
   * @param error what is wrong with the comment or its key message, or null
   */
  public record Comment(
      String keyMessage,
      String keyMessageName,
      String name,
      String id,
      boolean textInError,
      String error,
      String text) {}

  static View view(ReportSubject subject, DecisionFormState state) {
    GradeView current = subject.currentGrade();
    String outcome = state.value(DecisionForm.OUTCOME);
    List<Radio> outcomes =
        List.of(
            new Radio(
                fieldId(DecisionForm.OUTCOME),
                "agree",
                "Agree: keep " + current.label() + " (" + current.value() + ")",
                "agree".equals(outcome)),
            new Radio(
                fieldId(DecisionForm.OUTCOME) + "-adjust",
                "adjust",
                "Adjust the grade: give the grade and the reason below",
                "adjust".equals(outcome)));
    List<EvaluationListPage.Option> grades = new ArrayList<>();
    for (int g = 6; g >= 1; g--) {
      grades.add(
          new EvaluationListPage.Option(
              String.valueOf(g),
              Grade.of(g).label() + " (" + g + ")",
              String.valueOf(g).equals(state.value(DecisionForm.GRADE))));
    }
    return new View(
        "/evaluations/" + UrlPaths.segment(subject.id()) + "/decisions",
        String.valueOf(subject.decisions().size()),
        errors(state.problems()),
        state.problem(DecisionForm.OUTCOME),
        outcomes,
        state.problem(DecisionForm.GRADE),
        grades,
        state.problem(DecisionForm.REASON),
        state.value(DecisionForm.REASON),
        state.values().keySet().stream().anyMatch(k -> k.startsWith("comments[")),
        comments(subject.result().keyMessages().stream().map(k -> k.text()).toList(), state));
  }

  private static List<ErrorLink> errors(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                new ErrorLink(
                    p.toString(), "#" + fieldId(p.path().replace(".keyMessage", ".text"))))
        .toList();
  }

  private static List<Comment> comments(List<String> keyMessages, DecisionFormState state) {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < keyMessages.size(); i++) {
      String field = DecisionForm.commentText(i);
      String error = state.problem(field);
      comments.add(
          new Comment(
              keyMessages.get(i),
              DecisionForm.commentKeyMessage(i),
              field,
              fieldId(field),
              error != null,
              error != null ? error : state.problem(DecisionForm.commentKeyMessage(i)),
              state.value(field)));
    }
    return comments;
  }

  /** The id of a field's control: "decision-comments-0-text" for "comments[0].text". */
  static String fieldId(String path) {
    return "decision-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }
}

package scot.qiassist.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Problem;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionOutcome;

/**
 * The decision form of the moderation page: the names of its fields, which the page renders and
 * this class reads back, with the same words for each problem as the JSON API.
 */
public final class DecisionForm {

  public static final String OUTCOME = "outcome";
  public static final String GRADE = "grade";
  public static final String REASON = "reason";

  /**
   * How many decisions the page showed when the form was filled in: if another was recorded since,
   * the decision is refused as a conflict rather than made blind to it.
   */
  public static final String BASED_ON = "basedOn";

  private DecisionForm() {}

  /** The name of the field that carries the key message of the N-th comment. */
  public static String commentKeyMessage(int n) {
    return "comments[" + n + "].keyMessage";
  }

  /** The name of the field that carries the text of the N-th comment. */
  public static String commentText(int n) {
    return "comments[" + n + "].text";
  }

  /**
   * A decision from the page's form: fields {@code outcome}, {@code grade}, {@code reason}, and for
   * each comment {@code comments[N].keyMessage} and {@code comments[N].text}; a comment whose text
   * is left empty is no comment.
   */
  public static Decision fromForm(Map<String, List<String>> form) throws InvalidDecisionException {
    List<Problem> problems = new ArrayList<>();
    DecisionOutcome outcome = DecisionFields.outcome(first(form, OUTCOME), problems);
    String gradeText = first(form, GRADE);
    Integer grade = null;
    if (gradeText != null && !gradeText.isBlank()) {
      grade = DecisionFields.gradeNumber(gradeText.strip(), problems);
    }
    List<DecisionComment> comments = new ArrayList<>();
    for (int i = 0; form.containsKey(commentKeyMessage(i)); i++) {
      String text = first(form, commentText(i));
      if (text != null && !text.isBlank()) {
        DecisionFields.comment(i, first(form, commentKeyMessage(i)), text, comments, problems);
      }
    }
    return DecisionFields.build(outcome, grade, first(form, REASON), comments, problems);
  }

  /**
   * The number of decisions the form was based on, or null when the form does not say or says
   * nonsense.
   */
  public static Integer basedOn(Map<String, List<String>> form) {
    String text = first(form, BASED_ON);
    return text != null && text.strip().matches("[0-9]{1,6}")
        ? Integer.valueOf(text.strip())
        : null;
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}

package scot.qiassist.moderation;

import java.util.List;
import scot.qiassist.evidence.ControlCharacters;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.Grade;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionOutcome;

/** The checks a decision's fields get however they arrive, with the words of every problem. */
final class DecisionFields {

  private DecisionFields() {}

  static Decision build(
      DecisionOutcome outcome,
      Integer grade,
      String reason,
      List<DecisionComment> comments,
      List<Problem> problems)
      throws InvalidDecisionException {
    controlCharacters("reason", reason, problems);
    if (outcome == DecisionOutcome.ADJUST
        && grade == null
        && problems.stream().noneMatch(p -> p.path().equals("grade"))) {
      problems.add(new Problem("grade", "required to adjust; expected a grade from 1 to 6"));
    }
    if (outcome == DecisionOutcome.ADJUST && (reason == null || reason.isBlank())) {
      problems.add(
          new Problem("reason", "required to adjust; expected why the grade should be different"));
    }
    if (reason != null && reason.strip().length() > Decision.MAX_REASON) {
      problems.add(
          new Problem(
              "reason",
              reason.strip().length()
                  + " characters is more than the limit of "
                  + Decision.MAX_REASON));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDecisionException(problems);
    }
    return new Decision(outcome, grade, reason, comments);
  }

  static DecisionOutcome outcome(String text, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem("outcome", "required; expected 'agree' or 'adjust'"));
      return null;
    }
    return DecisionOutcome.fromId(text.strip())
        .orElseGet(
            () -> {
              problems.add(
                  new Problem(
                      "outcome", "'" + text + "' is not an outcome; expected 'agree' or 'adjust'"));
              return null;
            });
  }

  /** A grade written as a number, "5", or as its label, "Very good". */
  static Integer gradeNumber(String text, List<Problem> problems) {
    if (text.matches("[1-6]")) {
      return Integer.valueOf(text);
    }
    var byLabel = Grade.fromLabel(text);
    if (byLabel.isPresent()) {
      return byLabel.get().value();
    }
    problems.add(
        new Problem("grade", "'" + text + "' is not a grade; expected a grade from 1 to 6"));
    return null;
  }

  static void comment(
      int i,
      String keyMessage,
      String text,
      List<DecisionComment> comments,
      List<Problem> problems) {
    String path = "comments[" + i + "]";
    if (controlCharacters(path + ".keyMessage", keyMessage, problems)
        | controlCharacters(path + ".text", text, problems)) {
      return;
    }
    if (keyMessage == null || keyMessage.isBlank()) {
      problems.add(
          new Problem(
              path + ".keyMessage",
              "required; expected the text of one of the evaluation's key messages"));
    }
    boolean textAlreadyWrong = problems.stream().anyMatch(p -> p.path().equals(path + ".text"));
    if ((text == null || text.isBlank()) && !textAlreadyWrong) {
      problems.add(
          new Problem(path + ".text", "required; expected the panel's comment on the key message"));
    } else if (text != null && text.strip().length() > DecisionComment.MAX_TEXT) {
      problems.add(
          new Problem(
              path + ".text",
              text.strip().length()
                  + " characters is more than the limit of "
                  + DecisionComment.MAX_TEXT));
    }
    if (keyMessage != null
        && !keyMessage.isBlank()
        && text != null
        && !text.isBlank()
        && text.strip().length() <= DecisionComment.MAX_TEXT) {
      comments.add(new DecisionComment(keyMessage, text));
    }
  }

  /**
   * Whether the text holds a control character (NUL and the like, refused as evidence is), noted as
   * a problem at its field.
   */
  private static boolean controlCharacters(String path, String text, List<Problem> problems) {
    if (text == null) {
      return false;
    }
    var found = ControlCharacters.check(text);
    found.ifPresent(message -> problems.add(new Problem(path, message)));
    return found.isPresent();
  }
}

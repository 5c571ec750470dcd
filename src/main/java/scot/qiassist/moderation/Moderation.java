package scot.qiassist.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scot.qiassist.evidence.PersonalDataScreen;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.Grade;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionConflictException;
import scot.qiassist.storage.DecisionOutcome;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredEvaluation;

/**
 * Records a panel's decisions: checks each against the evaluation it is about (its key messages,
 * its current grade) and appends it to that evaluation's history.
 */
public final class Moderation {

  private final EvaluationStore store;

  public Moderation(EvaluationStore store) {
    this.store = store;
  }

  /**
   * Records a decision on a stored evaluation. To agree confirms the current grade: the grade of
   * the latest decision, else the grade the rules gave; to adjust changes it.
   *
   * @throws InvalidDecisionException every problem at its field, such as {@code
   *     comments[0].keyMessage: 'X' is not a key message of this evaluation ...}
   * @throws scot.qiassist.storage.EvaluationNotFoundException if no evaluation has the id
   * @throws scot.qiassist.storage.DecisionConflictException if another decision was recorded on it
   *     meanwhile
   */
  public RecordedDecision decide(String evaluationId, Decision decision, String moderator)
      throws InvalidDecisionException {
    return decide(evaluationId, decision, moderator, null);
  }

  /**
   * Records a decision made on the history as the panel read it: when {@code basedOn} is given and
   * the evaluation has had another decision since, nothing is recorded.
   *
   * @param basedOn how many decisions the panel saw, or null to decide on the history as it is
   * @throws scot.qiassist.storage.DecisionConflictException if the history is no longer the one
   *     read
   */
  public RecordedDecision decide(
      String evaluationId, Decision decision, String moderator, Integer basedOn)
      throws InvalidDecisionException {
    StoredEvaluation stored = store.get(evaluationId);
    if (basedOn != null && basedOn != stored.decisions().size()) {
      throw new DecisionConflictException(evaluationId, basedOn);
    }
    List<Problem> problems = new ArrayList<>();
    int current = stored.currentGrade().value();
    checkGrade(decision, current, problems);
    screen("reason", decision.reason(), problems);
    List<DecisionComment> comments = new ArrayList<>();
    for (int i = 0; i < decision.comments().size(); i++) {
      DecisionComment c = decision.comments().get(i);
      keyMessage(stored, c.keyMessage(), "comments[" + i + "].keyMessage", problems)
          .ifPresent(text -> comments.add(new DecisionComment(text, c.text())));
      screen("comments[" + i + "].text", c.text(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDecisionException(problems);
    }
    Decision complete =
        new Decision(
            decision.outcome(),
            decision.outcome() == DecisionOutcome.AGREE ? current : decision.grade(),
            decision.reason(),
            comments);
    return store.appendDecision(evaluationId, complete, moderator, stored.decisions().size());
  }

  private static void checkGrade(Decision decision, int current, List<Problem> problems) {
    Grade now = Grade.of(current);
    if (decision.outcome() == DecisionOutcome.AGREE
        && decision.grade() != null
        && decision.grade() != current) {
      problems.add(
          new Problem(
              "grade",
              decision.grade()
                  + " is not the current grade, "
                  + now.label()
                  + " ("
                  + current
                  + "); to agree, leave the grade out or give "
                  + current
                  + "; to change it, adjust"));
    }
    if (decision.outcome() == DecisionOutcome.ADJUST && decision.grade() == current) {
      problems.add(
          new Problem(
              "grade",
              current
                  + " is already the current grade, "
                  + now.label()
                  + "; to keep it, agree; to adjust, give another grade from 1 to 6"));
    }
  }

  /** The evaluation's own text of the key message a comment names, ignoring case and spacing. */
  private static Optional<String> keyMessage(
      StoredEvaluation stored, String named, String path, List<Problem> problems) {
    Optional<String> found =
        stored.keyMessageTexts().stream()
            .filter(text -> normalise(text).equals(normalise(named)))
            .findFirst();
    if (found.isEmpty()) {
      problems.add(
          new Problem(
              path,
              "'"
                  + shorten(named)
                  + "' is not a key message of this evaluation; expected the text of one of its "
                  + stored.keyMessageTexts().size()
                  + " key messages"));
    }
    return found;
  }

  private static void screen(String path, String text, List<Problem> problems) {
    if (text != null) {
      PersonalDataScreen.check(text)
          .ifPresent(
              what ->
                  problems.add(
                      new Problem(
                          path,
                          "looks like it identifies a person: "
                              + what
                              + "; decisions are about services in aggregate, without names or details of children or families")));
    }
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}

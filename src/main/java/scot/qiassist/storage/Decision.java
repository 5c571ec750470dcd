package scot.qiassist.storage;

import java.util.List;

/**
 * A moderation panel's decision on one evaluation: to agree with its grade, or to adjust it to
 * another grade for a stated reason, with comments on its key messages.
 *
 * <p>Checked when built: an adjustment needs a grade from 1 to 6 and a reason. Whether each comment
 * names a key message of the evaluation is checked against that evaluation, by {@code
 * moderation.Moderation}. Messages start with the field they are about.
 *
 * @param outcome agree or adjust
 * @param grade the grade the decision leaves, 1-6: required to adjust; for agree, the grade agreed
 *     with, which may be left out when a decision is asked for and is filled in before it is stored
 * @param reason why, required to adjust
 * @param comments comments on key messages, possibly none
 */
public record Decision(
    DecisionOutcome outcome, Integer grade, String reason, List<DecisionComment> comments) {

  public static final int MAX_REASON = 4000;

  public Decision {
    if (outcome == null) {
      throw new IllegalArgumentException("outcome: required; expected 'agree' or 'adjust'");
    }
    if (grade != null && (grade < 1 || grade > 6)) {
      throw new IllegalArgumentException(
          "grade: " + grade + " is not a grade; expected a grade from 1 to 6");
    }
    if (outcome == DecisionOutcome.ADJUST && grade == null) {
      throw new IllegalArgumentException("grade: required to adjust; expected a grade from 1 to 6");
    }
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    if (outcome == DecisionOutcome.ADJUST && reason == null) {
      throw new IllegalArgumentException(
          "reason: required to adjust; expected why the grade should be different");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "reason: " + reason.length() + " characters is more than the limit of " + MAX_REASON);
    }
    comments = List.copyOf(comments == null ? List.of() : comments);
  }

  public static Decision agree(String reason, List<DecisionComment> comments) {
    return new Decision(DecisionOutcome.AGREE, null, reason, comments);
  }

  public static Decision adjust(int grade, String reason, List<DecisionComment> comments) {
    return new Decision(DecisionOutcome.ADJUST, grade, reason, comments);
  }

  /** The same decision with the grade it leaves filled in. */
  public Decision withGrade(int leaves) {
    return new Decision(outcome, leaves, reason, comments);
  }
}

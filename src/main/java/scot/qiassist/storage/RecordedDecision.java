package scot.qiassist.storage;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.List;

/**
 * A decision as the store holds it: its place in its evaluation's history, who made it and when.
 * Never changed once recorded.
 *
 * @param sequence 1 for an evaluation's first decision, then 2, 3 ...
 * @param outcome agree or adjust
 * @param grade the grade the decision leaves: agreed with, or adjusted to
 * @param reason why, or null when an agreement gave none
 * @param comments comments on key messages
 * @param moderator who made the decision, from their token
 * @param decidedAt when it was recorded
 */
public record RecordedDecision(
    int sequence,
    String outcome,
    int grade,
    String gradeLabel,
    String reason,
    List<DecisionComment> comments,
    String moderator,
    @JsonSerialize(using = ToStringSerializer.class) Instant decidedAt) {

  public RecordedDecision {
    comments = List.copyOf(comments);
  }

  public boolean adjusts() {
    return DecisionOutcome.ADJUST.id().equals(outcome);
  }
}

package scot.qiassist.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.grade.Grade;

/**
 * One stored evaluation: the evidence as it was posted, the result the rules gave, who posted it
 * and when, and the panel's decisions in the order they were made.
 *
 * @param id the evaluation's id: a random UUID, opaque to every reader
 * @param evidence the evidence JSON as it was posted (written into JSON as it stands)
 * @param result the evaluation as it was made, under {@code rulesetVersion}
 * @param decisions every decision, oldest first
 */
public record StoredEvaluation(
    String id,
    String partnership,
    String author,
    @JsonSerialize(using = ToStringSerializer.class) Instant createdAt,
    String rulesetVersion,
    @JsonRawValue String evidence,
    Evaluation result,
    List<RecordedDecision> decisions) {

  public StoredEvaluation {
    decisions = List.copyOf(decisions);
  }

  /** The grade as it stands: the grade of the latest decision, else the grade the rules gave. */
  @JsonProperty("currentGrade")
  public GradeView currentGrade() {
    if (decisions.isEmpty()) {
      return result.grade();
    }
    Grade grade = Grade.of(decisions.get(decisions.size() - 1).grade());
    return new GradeView(grade.value(), grade.label());
  }

  /** The key messages' texts, which decision comments name. */
  public List<String> keyMessageTexts() {
    return result.keyMessages().stream().map(k -> k.text()).toList();
  }
}

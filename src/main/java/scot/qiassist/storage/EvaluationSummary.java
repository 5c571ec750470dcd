package scot.qiassist.storage;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import scot.qiassist.evaluation.Evaluation.GradeView;

/**
 * A stored evaluation as a list shows it.
 *
 * @param grade the grade the rules gave
 * @param currentGrade the grade of the latest decision, else the grade the rules gave
 * @param decisions how many decisions the panel has recorded on it
 */
public record EvaluationSummary(
    String id,
    String partnership,
    String author,
    @JsonSerialize(using = ToStringSerializer.class) Instant createdAt,
    String rulesetVersion,
    GradeView grade,
    GradeView currentGrade,
    int decisions) {

  public boolean moderated() {
    return decisions > 0;
  }
}

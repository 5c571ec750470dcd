package scot.qiassist.moderation;

import java.util.List;
import scot.qiassist.evaluation.Evaluation.GradeView;

/**
 * The stored evaluations most alike one evaluation, most alike first, with a flag on each that is
 * alike yet has another grade.
 *
 * @param evaluationId the evaluation checked
 * @param grade its current grade
 * @param threshold the similarity at or above which evaluations count as alike
 * @param compared how many stored evaluations it was compared with
 * @param nearest the most alike, most alike first
 */
public record ConsistencyReport(
    String evaluationId, GradeView grade, double threshold, int compared, List<Neighbour> nearest) {

  public ConsistencyReport {
    nearest = List.copyOf(nearest);
  }

  /** The alike evaluations that received a different grade. */
  public List<Neighbour> inconsistent() {
    return nearest.stream().filter(Neighbour::differentGrade).toList();
  }
}

package scot.qiassist.moderation;

import java.util.Comparator;
import java.util.List;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.EvidenceProfile;
import scot.qiassist.storage.ProfiledEvaluation;
import scot.qiassist.storage.StoredEvaluation;

/**
 * Benchmarks one evaluation against earlier ones: the stored evaluations whose figures and findings
 * are most alike it (see {@link Similarity}), with their grades, flagging those that are alike yet
 * were graded differently.
 */
public final class Consistency {

  /**
   * Evaluations at least this similar count as alike. Set from the examples: evaluations one grade
   * apart score 0.68-0.83 against each other, two grades apart 0.39-0.61, and the same evidence
   * posted again scores 1.
   */
  public static final double ALIKE = 0.85;

  public static final int DEFAULT_NEAREST = 5;

  private final EvaluationStore store;
  private final double threshold;

  public Consistency(EvaluationStore store) {
    this(store, ALIKE);
  }

  public Consistency(EvaluationStore store, double threshold) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold: " + threshold + " is not from 0 to 1");
    }
    this.store = store;
    this.threshold = threshold;
  }

  /**
   * The stored evaluations most alike this one.
   *
   * @param nearest how many to list, 1-100
   * @param scope which stored evaluations to compare with: {@link EvaluationFilter#all()}, or an
   *     author's own for an inspector; the newest up to its limit are compared
   * @throws scot.qiassist.storage.EvaluationNotFoundException if no evaluation has the id
   */
  public ConsistencyReport of(String evaluationId, int nearest, EvaluationFilter scope) {
    if (nearest < 1 || nearest > 100) {
      throw new IllegalArgumentException("nearest: " + nearest + " is not from 1 to 100");
    }
    StoredEvaluation target = store.get(evaluationId);
    EvidenceProfile profile = EvidenceProfile.of(target.result());
    int grade = target.currentGrade().value();
    List<ProfiledEvaluation> others =
        store.profiles(scope.withLimit(EvaluationFilter.MAX_LIMIT)).stream()
            .filter(p -> !p.summary().id().equals(evaluationId))
            .toList();
    List<Neighbour> ranked =
        others.stream()
            .map(p -> neighbour(p, Similarity.between(profile, p.profile()), grade))
            .sorted(
                Comparator.comparingDouble(Neighbour::similarity)
                    .reversed()
                    .thenComparing(Neighbour::createdAt, Comparator.reverseOrder()))
            .limit(nearest)
            .toList();
    return new ConsistencyReport(
        evaluationId, target.currentGrade(), threshold, others.size(), ranked);
  }

  private Neighbour neighbour(ProfiledEvaluation p, Similarity s, int grade) {
    var summary = p.summary();
    double value = round(s.value());
    return new Neighbour(
        summary.id(),
        summary.partnership(),
        summary.createdAt(),
        summary.rulesetVersion(),
        value,
        round(s.figures()),
        round(s.findings()),
        s.sharedMeasures(),
        summary.currentGrade(),
        summary.moderated(),
        value >= threshold && summary.currentGrade().value() != grade);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}

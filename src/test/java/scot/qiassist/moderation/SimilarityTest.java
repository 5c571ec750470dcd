package scot.qiassist.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.qiassist.storage.EvidenceProfile;
import scot.qiassist.storage.StoredExamples;

/** The similarity formula, worked by hand, and on the examples. */
class SimilarityTest {

  @Test
  void figures_count_shared_measures_over_all_measures_times_one_minus_the_mean_difference() {
    EvidenceProfile a =
        new EvidenceProfile(
            Map.of("plan-present", 50, "ird-held", 80), Map.of("1 strength major", 2));
    EvidenceProfile b =
        new EvidenceProfile(
            Map.of("plan-present", 60, "staff-feel-valued", 10),
            Map.of("1 strength major", 1, "2 area-for-improvement minor", 1));

    Similarity s = Similarity.between(a, b);

    assertThat(s.sharedMeasures()).isEqualTo(1);
    assertThat(s.figures()).isCloseTo(1.0 / 3 * (1 - 10 / 100.0), within(1e-9));
    assertThat(s.findings()).isCloseTo(2 / (2 * Math.sqrt(2)), within(1e-9));
    assertThat(s.value()).isCloseTo((0.3 + Math.sqrt(0.5)) / 2, within(1e-9));
  }

  @Test
  void evaluations_with_nothing_in_common_score_zero_and_the_same_evidence_scores_one() {
    EvidenceProfile a =
        new EvidenceProfile(Map.of("plan-present", 50), Map.of("1 strength major", 1));
    EvidenceProfile b =
        new EvidenceProfile(Map.of("ird-held", 50), Map.of("4 area-for-improvement minor", 3));

    assertThat(Similarity.between(a, b).value()).isZero();
    assertThat(Similarity.between(a, a).value()).isEqualTo(1.0);
  }

  @Test
  void two_evaluations_without_figures_or_findings_are_alike_in_that() {
    EvidenceProfile empty = new EvidenceProfile(Map.of(), Map.of());
    EvidenceProfile some =
        new EvidenceProfile(Map.of("ird-held", 50), Map.of("1 strength major", 1));

    assertThat(Similarity.between(empty, empty).value()).isEqualTo(1.0);
    assertThat(Similarity.between(empty, some).value()).isZero();
  }

  @Test
  void the_examples_one_grade_apart_stay_below_the_threshold_for_alike() {
    var veryGood = EvidenceProfile.of(StoredExamples.get("constructed-very-good").result());
    var good = EvidenceProfile.of(StoredExamples.get("constructed-good").result());
    var northLanarkshire =
        EvidenceProfile.of(StoredExamples.get("north-lanarkshire-2023").result());
    var excellent = EvidenceProfile.of(StoredExamples.get("constructed-excellent").result());

    assertThat(Similarity.between(veryGood, good).value()).isBetween(0.6, Consistency.ALIKE);
    assertThat(Similarity.between(northLanarkshire, excellent).value())
        .isBetween(0.6, Consistency.ALIKE);
  }
}

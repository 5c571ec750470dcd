package scot.qiassist.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;

/**
 * Each figure moves one band up and down, each finding is dropped, with the distance to the edge.
 */
class VariantsTest {

  private final Variants variants = new Variants(RepositoryRules.get());

  private static EvidenceDocument with(EvidenceItem... items) {
    return new EvidenceDocument("Test", null, null, null, List.of(items), List.of());
  }

  private static String move(Variant v) {
    return v.evidence()
        + " "
        + v.move()
        + " "
        + v.from()
        + " -> "
        + v.to()
        + ", "
        + v.distance()
        + " points, better "
        + v.better();
  }

  @Test
  void
      a_figure_read_as_the_majority_moves_to_most_and_to_less_than_half_each_one_point_from_the_edge() {
    List<Variant> result = variants.of(with(EvidenceItem.phrase("plan-present", "the majority")));

    assertThat(result)
        .extracting(VariantsTest::move)
        .containsExactly(
            "evidence[0] up the majority -> most, 1 points, better true",
            "evidence[0] down the majority -> less than half, 1 points, better false");
  }

  @Test
  void a_count_is_as_far_from_each_edge_as_its_percentage() {
    List<Variant> result = variants.of(with(EvidenceItem.counted("plan-present", 45, 60)));

    assertThat(result)
        .extracting(VariantsTest::move)
        .containsExactly(
            "evidence[0] up most -> almost all, 15 points, better true",
            "evidence[0] down most -> the majority, 1 points, better false");
    assertThat(result.get(0).figures()).isEqualTo("45 of 60 records read (75%)");
  }

  @Test
  void a_range_that_reaches_over_the_edge_is_no_points_from_it() {
    List<Variant> result = variants.of(with(EvidenceItem.phrase("plan-present", "three-quarters")));

    assertThat(result)
        .extracting(VariantsTest::move)
        .containsExactly(
            "evidence[0] up most -> almost all, 14 points, better true",
            "evidence[0] down most -> the majority, 0 points, better false");
  }

  @Test
  void no_figure_moves_past_all_or_none() {
    List<Variant> result =
        variants.of(
            with(
                EvidenceItem.phrase("plan-present", "all"),
                EvidenceItem.counted("chronology-present", 0, 60)));

    assertThat(result)
        .extracting(VariantsTest::move)
        .containsExactly(
            "evidence[0] down all -> almost all, 1 points, better false",
            "evidence[1] up none -> few, 1 points, better true");
  }

  @Test
  void a_moved_figure_is_the_adjacent_standard_word_and_the_rest_of_the_evidence_is_unchanged() {
    EvidenceItem other = EvidenceItem.counted("chronology-present", 30, 60);
    Variant up =
        variants.of(with(EvidenceItem.phrase("plan-present", "the majority"), other)).get(0);

    assertThat(up.document().evidence())
        .containsExactly(EvidenceItem.phrase("plan-present", "most"), other);
  }

  @Test
  void
      a_figure_of_a_measure_where_lower_is_better_is_better_moving_down_and_reads_in_the_measures_words() {
    Variant down =
        variants
            .of(with(EvidenceItem.phrase("plan-quality-adequate-or-weak", "more than half")))
            .get(1);

    assertThat(move(down))
        .isEqualTo("evidence[0] down the majority -> less than half, 2 points, better true");
    assertThat(down.words())
        .isEqualTo(
            "records whose plan was evaluated adequate or weak were less than half instead of the majority");
  }

  @Test
  void each_finding_is_weighed_a_step_each_way_and_dropped_and_an_area_lighter_or_gone_is_better() {
    Finding strength =
        new Finding(4, Kind.STRENGTH, Weight.MAJOR, "Leaders had a clear vision.", null, true);
    Finding area =
        new Finding(
            1,
            Kind.AREA_FOR_IMPROVEMENT,
            Weight.MINOR,
            "Some interviews took too long.",
            Aspect.SECURE,
            false);
    EvidenceDocument doc =
        new EvidenceDocument("Test", null, null, null, List.of(), List.of(strength, area));

    List<Variant> result = variants.of(doc);

    assertThat(result)
        .extracting(Variant::evidence, Variant::move, Variant::better, Variant::words)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "findings[0]",
                "weight-down",
                false,
                "the major strength of statement 4, 'Leaders had a clear vision.', were important"),
            org.assertj.core.groups.Tuple.tuple(
                "findings[0]",
                "dropped",
                false,
                "the major strength of statement 4, 'Leaders had a clear vision.', were dropped"),
            org.assertj.core.groups.Tuple.tuple(
                "findings[1]",
                "weight-up",
                false,
                "the minor area for improvement of statement 1, 'Some interviews took too long.',"
                    + " were important"),
            org.assertj.core.groups.Tuple.tuple(
                "findings[1]",
                "dropped",
                true,
                "the minor area for improvement of statement 1, 'Some interviews took too long.', were dropped"));
    assertThat(result.get(1).document().findings()).containsExactly(area);
    assertThat(result.get(0).document().findings().get(0).weight()).isEqualTo(Weight.IMPORTANT);
  }
}

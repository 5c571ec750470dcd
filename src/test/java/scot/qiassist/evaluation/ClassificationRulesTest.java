package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;

/** classification/standard-words.drl: figures are read with their standard words. */
class ClassificationRulesTest {

  @Test
  void forty_five_of_sixty_records_is_most_at_the_75_percent_threshold() {
    Evaluation result = Evidence.of().counted("ird-held", 45, 60).evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.word()).isEqualTo("most");
              assertThat(r.straddles()).isFalse();
            });
    assertThat(result.firedRules())
        .filteredOn(f -> f.ruleId().equals("classify-figure"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.explanation())
                    .isEqualTo(
                        "ird-held: 45 of 60 records read (75%) falls in the band of most (75% up to 89%)."));
    assertThat(Evidence.by(result, "s1-practice-most"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.evidence())
                    .containsExactly(
                        "ird-held: 45 of 60 records read (75%): most, at its 75% threshold"));
  }

  @Test
  void a_share_of_fourteen_and_a_half_percent_rounds_to_fifteen_and_is_less_than_half() {
    Evaluation result = Evidence.of().percent("staff-feel-valued", 14.5).evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(r -> assertThat(r.word()).isEqualTo("less than half"));
  }

  @Test
  void a_share_of_seventy_four_and_a_half_percent_rounds_to_seventy_five_and_is_most() {
    Evaluation result = Evidence.of().percent("staff-feel-valued", 74.5).evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(r -> assertThat(r.word()).isEqualTo("most"));
  }

  @Test
  void fifty_nine_of_sixty_is_almost_all_not_all() {
    Evaluation result = Evidence.of().counted("chronology-present", 59, 60).evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(r -> assertThat(r.word()).isEqualTo("almost all"));
  }

  @Test
  void
      a_phrase_whose_range_crosses_a_boundary_is_warned_about_with_the_conclusions_resting_on_it() {
    Evaluation result =
        Evidence.of().phrase("children-attended-hearing", "less than one-third").evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.word()).isEqualTo("less than half");
              assertThat(r.lowestWord()).isEqualTo("few");
              assertThat(r.straddles()).isTrue();
            });
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.dependentRules()).containsExactly("s3-rates-less-than-half");
              assertThat(w.message())
                  .isEqualTo(
                      "'less than one-third' (1%-33%) for 'children-attended-hearing' reaches from few to less than half;"
                          + " it was read as less than half, the band of its middle. Conclusions that rest on it: s3-rates-less-than-half.");
            });
  }

  @Test
  void a_phrase_wholly_inside_one_band_gives_no_warning() {
    Evaluation result =
        Evidence.of()
            .phrase("initial-response-good-or-better", "just under three-quarters")
            .evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(r -> assertThat(r.word()).isEqualTo("the majority"));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void a_hedged_fraction_across_a_boundary_is_warned_about_as_other_phrases_are() {
    // Three-quarters is 75%, where "most" begins; "about" it reaches back into "the majority".
    Evaluation result =
        Evidence.of().phrase("initial-response-good-or-better", "about three-quarters").evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.word()).isEqualTo("most");
              assertThat(r.lowestWord()).isEqualTo("the majority");
              assertThat(r.straddles()).isTrue();
            });
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .startsWith(
                        "'about three-quarters' (72%-78%) for 'initial-response-good-or-better'"
                            + " reaches from the majority to most"));
  }

  @Test
  void nearly_all_is_read_as_almost_all_with_no_warning() {
    Evaluation result = Evidence.of().phrase("staff-feel-valued", "nearly all").evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(r -> assertThat(r.word()).isEqualTo("almost all"));
    assertThat(result.warnings()).isEmpty();
  }
}

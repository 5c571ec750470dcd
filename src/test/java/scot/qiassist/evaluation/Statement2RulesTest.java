package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.qiassist.Evidence.by;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;

/** statements/statement-2-planning-and-support.drl: planning, support and relationships. */
class Statement2RulesTest {

  @Test
  void
      plans_in_place_but_adequate_or_weak_in_more_than_half_of_records_is_the_key_message_that_quality_was_inconsistent() {
    Evaluation result =
        Evidence.of()
            .phrase("plan-present", "almost all")
            .phrase("plan-quality-adequate-or-weak", "more than half")
            .evaluate();

    assertThat(by(result, "s2-plan-quality-inconsistent"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.kind()).isEqualTo("area-for-improvement");
              assertThat(j.weight()).isEqualTo("important");
              assertThat(j.text())
                  .isEqualTo(
                      "Although chronologies, assessments and plans were in place, the quality was inconsistent:"
                          + " plans were evaluated as adequate or weak in the majority of the records read.");
            });
  }

  @Test
  void without_plans_in_place_the_key_message_does_not_claim_that_they_were() {
    Evaluation result =
        Evidence.of().phrase("plan-quality-adequate-or-weak", "more than half").evaluate();

    assertThat(by(result, "s2-plan-quality-inconsistent")).isEmpty();
    assertThat(by(result, "s2-plan-quality-inconsistent-and-missing"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.text())
                    .isEqualTo(
                        "The quality of plans was inconsistent: plans were evaluated as adequate or weak in the majority of the records read."));
  }

  @Test
  void
      plans_adequate_or_weak_in_most_records_is_a_major_area_for_improvement_that_quality_was_poor() {
    Evaluation result = Evidence.of().counted("plan-quality-adequate-or-weak", 50, 60).evaluate();

    assertThat(by(result, "s2-plan-quality-poor"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.weight()).isEqualTo("major");
              assertThat(j.keyMessage()).isTrue();
            });
  }

  @Test
  void plans_adequate_or_weak_in_few_records_is_an_important_strength() {
    Evaluation result = Evidence.of().counted("plan-quality-adequate-or-weak", 3, 60).evaluate();

    assertThat(Evidence.fired(result))
        .contains("s2-plan-quality-good")
        .doesNotContain("s2-plan-quality-inconsistent");
    assertThat(by(result, "s2-plan-quality-good"))
        .singleElement()
        .satisfies(j -> assertThat(j.kind()).isEqualTo("strength"));
  }

  @Test
  void
      chronologies_not_of_a_good_standard_in_the_majority_of_records_is_an_important_area_for_improvement() {
    Evaluation result =
        Evidence.of().phrase("chronology-quality-not-good", "the majority").evaluate();

    assertThat(by(result, "s2-shortfalls-majority"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.weight()).isEqualTo("important");
              assertThat(j.text())
                  .isEqualTo(
                      "The quality of the chronology was not of a good standard in the majority of the records read.");
            });
  }

  @Test
  void a_chronology_in_all_records_is_an_important_strength_not_a_major_one() {
    Evaluation result = Evidence.of().phrase("chronology-present", "all").evaluate();

    assertThat(by(result, "s2-planning-almost-all"))
        .singleElement()
        .satisfies(j -> assertThat(j.weight()).isEqualTo("important"));
  }

  @Test
  void just_over_a_third_of_staff_seeing_mental_health_improve_is_a_minor_area_for_improvement() {
    Evaluation result =
        Evidence.of()
            .phrase("staff-mental-health-outcomes-improving", "just over a third")
            .evaluate();

    assertThat(by(result, "s2-support-less-than-half"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.weight()).isEqualTo("minor");
              assertThat(j.text())
                  .isEqualTo(
                      "Less than half of the staff agreed that mental health outcomes for children at risk of harm were improving.");
            });
  }
}

package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.qiassist.Evidence.by;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;

/** statements/statement-4-leadership.drl.csv: what staff said of leadership and learning. */
class Statement4RulesTest {

  @Test
  void eighty_eight_percent_of_staff_is_most_and_an_important_strength() {
    Evaluation result =
        Evidence.of()
            .phrase("staff-training-increased-knowledge", "eighty-eight percent")
            .evaluate();

    assertThat(by(result, "s4-staff-most"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.text())
                    .isEqualTo(
                        "Most of the staff agreed that the learning and training they took part in had increased their knowledge and skills in working with children at risk of harm."));
  }

  @Test
  void almost_all_staff_knowing_what_is_expected_is_a_major_strength() {
    Evaluation result =
        Evidence.of().phrase("staff-know-what-is-expected", "almost all").evaluate();

    assertThat(by(result, "s4-staff-almost-all"))
        .singleElement()
        .satisfies(j -> assertThat(j.weight()).isEqualTo("major"));
  }

  @Test
  void just_over_half_of_staff_is_the_majority_and_a_minor_strength() {
    Evaluation result =
        Evidence.of().phrase("staff-leaders-ensure-capacity", "just over half").evaluate();

    assertThat(Evidence.fired(result)).contains("s4-staff-majority");
  }

  @Test
  void few_staff_agreeing_is_an_important_area_for_improvement() {
    Evaluation result = Evidence.of().counted("staff-feel-valued", 100, 1316).evaluate();

    assertThat(by(result, "s4-staff-few"))
        .singleElement()
        .satisfies(j -> assertThat(j.kind()).isEqualTo("area-for-improvement"));
  }
}

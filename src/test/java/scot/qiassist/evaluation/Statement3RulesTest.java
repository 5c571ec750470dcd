package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.qiassist.Evidence.by;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;

/** statements/statement-3-involvement.drl.csv: children and families involved in decisions. */
class Statement3RulesTest {

  @Test
  void the_majority_of_children_involved_in_decisions_is_a_key_message_in_the_reports_words() {
    Evaluation result =
        Evidence.of().phrase("children-involved-in-decisions", "the majority").evaluate();

    assertThat(by(result, "s3-children-involved-majority"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.weight()).isEqualTo("important");
              assertThat(j.text())
                  .isEqualTo(
                      "The majority of the children and young people were meaningfully and appropriately involved in"
                          + " decisions about their lives.");
            });
  }

  @Test
  void most_children_involved_in_decisions_is_a_major_key_message() {
    Evaluation result = Evidence.of().counted("children-involved-in-decisions", 50, 60).evaluate();

    assertThat(by(result, "s3-children-involved-most"))
        .singleElement()
        .satisfies(j -> assertThat(j.weight()).isEqualTo("major"));
  }

  @Test
  void
      less_than_half_of_children_involved_in_decisions_is_an_area_for_improvement_and_a_key_message() {
    Evaluation result = Evidence.of().percent("children-involved-in-decisions", 40).evaluate();

    assertThat(by(result, "s3-children-involved-less-than-half"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.kind()).isEqualTo("area-for-improvement");
              assertThat(j.text())
                  .isEqualTo(
                      "Less than half of the children and young people were meaningfully and appropriately involved in decisions about their lives, which needs to improve.");
            });
  }

  @Test
  void just_under_a_third_of_parents_not_fully_included_is_a_minor_area_for_improvement() {
    Evaluation result =
        Evidence.of().phrase("parents-not-fully-included", "just under a third").evaluate();

    assertThat(by(result, "s3-shortfalls-less-than-half"))
        .singleElement()
        .satisfies(j -> assertThat(j.weight()).isEqualTo("minor"));
  }

  @Test
  void advocacy_at_just_over_40_percent_is_a_minor_area_for_improvement() {
    Evaluation result =
        Evidence.of().phrase("advocacy-or-legal-representation", "just over 40%").evaluate();

    assertThat(result.readings())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.low()).isEqualTo(41);
              assertThat(r.high()).isEqualTo(44);
            });
    assertThat(by(result, "s3-rates-less-than-half")).hasSize(1);
  }
}

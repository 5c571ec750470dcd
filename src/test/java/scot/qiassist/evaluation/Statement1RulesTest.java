package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.qiassist.Evidence.by;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;

/** statements/statement-1-safety.drl.csv: recognising and responding to risk. */
class Statement1RulesTest {

  @Test
  void almost_all_staff_confident_to_recognise_and_report_abuse_is_a_major_key_message() {
    Evaluation result =
        Evidence.of().counted("staff-confident-recognise-report-abuse", 1200, 1316).evaluate();

    assertThat(by(result, "s1-staff-recognise-and-report"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.weight()).isEqualTo("major");
              assertThat(j.statement()).isEqualTo(1);
              assertThat(j.text())
                  .isEqualTo(
                      "Staff were confident in their ability to recognise, report and respond to signs of child abuse,"
                          + " neglect and exploitation: almost all of the staff who responded to the survey said so.");
              assertThat(j.evidence())
                  .containsExactly(
                      "staff-confident-recognise-report-abuse: 1200 of 1316 staff survey responses (91%): almost all (90% up to 99%)");
            });
  }

  @Test
  void most_staff_confident_to_recognise_abuse_is_an_important_strength_but_not_a_key_message() {
    Evaluation result =
        Evidence.of().phrase("staff-confident-recognise-report-abuse", "most").evaluate();

    assertThat(Evidence.fired(result))
        .contains("s1-staff-recognise-and-report-most")
        .doesNotContain("s1-staff-recognise-and-report");
    assertThat(result.keyMessages()).isEmpty();
    assertThat(by(result, "s1-staff-recognise-and-report-most"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.text())
                    .isEqualTo(
                        "Most of the staff were confident in their ability to recognise and report signs of child abuse, neglect and exploitation."));
  }

  @Test
  void
      concerns_shared_without_delay_in_less_than_half_of_records_is_a_major_weakness_and_unsatisfactory() {
    Evaluation result =
        Evidence.of()
            .phrase("concerns-shared-without-delay", "less than half")
            .strength(4, scot.qiassist.evidence.Weight.MAJOR, null, "Leaders had a clear vision.")
            .strength(2, scot.qiassist.evidence.Weight.MAJOR, null, "Plans were of good quality.")
            .evaluate();

    assertThat(by(result, "s1-timely-response-gap"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.kind()).isEqualTo("area-for-improvement");
              assertThat(j.weight()).isEqualTo("major");
            });
    assertThat(result.grade().label()).isEqualTo("Unsatisfactory");
    assertThat(result.why().notHigher())
        .extracting(c -> c.ruleId())
        .containsExactly("grade-weak-safety-not-compromised");
  }

  @Test
  void safety_practice_in_the_majority_of_records_is_a_minor_strength_that_could_be_strengthened() {
    Evaluation result =
        Evidence.of()
            .phrase("initial-response-good-or-better", "just under three-quarters")
            .evaluate();

    assertThat(by(result, "s1-practice-majority"))
        .singleElement()
        .satisfies(j -> assertThat(j.weight()).isEqualTo("minor"));
    assertThat(by(result, "s1-practice-majority-could-be-strengthened"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.text())
                    .isEqualTo(
                        "Practice could be strengthened. The initial multi-agency response to concerns was rated good or better in the majority"
                            + " of the records read, leaving a quarter or more of children without it."));
  }

  @Test
  void safety_practice_in_few_records_is_a_major_weakness_in_keeping_children_safe() {
    Evaluation result = Evidence.of().counted("interim-safety-plan", 5, 60).evaluate();

    assertThat(by(result, "s1-practice-few"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.weight()).isEqualTo("major");
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.text())
                  .isEqualTo(
                      "Children were not kept safe. The multi-agency team developed an interim safety plan in few of the records read,"
                          + " a major weakness in a critical aspect of practice.");
            });
  }

  @Test
  void
      the_majority_of_staff_confident_in_local_arrangements_leaves_a_significant_number_who_are_not() {
    Evaluation result =
        Evidence.of()
            .phrase("staff-confident-local-arrangements", "almost three-quarters")
            .evaluate();

    assertThat(by(result, "s1-views-majority"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.kind()).isEqualTo("area-for-improvement");
              assertThat(j.text())
                  .isEqualTo(
                      "The majority of the staff were confident that local child protection arrangements responded in an"
                          + " effective and timely way to reports of abuse; a significant number, a quarter or more, did not.");
            });
  }
}

package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.qiassist.Evidence.by;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;

/** findings/inspector-findings.drl: the inspectors' qualitative findings. */
class InspectorFindingsRulesTest {

  @Test
  void a_major_strength_found_by_inspectors_is_a_key_message_of_its_statement() {
    Evaluation result =
        Evidence.of()
            .strength(
                4,
                Weight.MAJOR,
                null,
                "Senior leaders had a clear vision, which was understood by staff.")
            .evaluate();

    assertThat(by(result, "finding-major-strength-key-message"))
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.keyMessage()).isTrue();
              assertThat(j.statement()).isEqualTo(4);
              assertThat(j.text())
                  .isEqualTo("Senior leaders had a clear vision, which was understood by staff.");
            });
  }

  @Test
  void an_important_strength_is_counted_but_is_not_a_key_message_unless_the_inspectors_say_so() {
    Evaluation plain =
        Evidence.of()
            .strength(
                2, Weight.IMPORTANT, Aspect.BEST_START, "The virtual school reduced exclusions.")
            .evaluate();
    Evaluation put =
        Evidence.of()
            .finding(
                new Finding(
                    2,
                    Kind.STRENGTH,
                    Weight.IMPORTANT,
                    "Transition planning had been enhanced.",
                    null,
                    true))
            .evaluate();

    assertThat(by(plain, "finding-counts"))
        .singleElement()
        .satisfies(j -> assertThat(j.keyMessage()).isFalse());
    assertThat(plain.balance().importantStrengths()).isEqualTo(1);
    assertThat(by(put, "finding-counts"))
        .singleElement()
        .satisfies(j -> assertThat(j.keyMessage()).isTrue());
  }

  @Test
  void an_area_for_improvement_counts_with_its_weight() {
    Evaluation result =
        Evidence.of()
            .area(4, Weight.MINOR, "The use of data to measure improvement needed to improve.")
            .evaluate();

    assertThat(result.balance().minorAreas()).isEqualTo(1);
    assertThat(result.balance().areaPoints()).isEqualTo(1);
  }

  @Test
  void finding_text_with_braces_is_shown_as_written() {
    Evaluation result =
        Evidence.of()
            .strength(1, Weight.MINOR, null, "Text with {finding.text} and {unknown} placeholders.")
            .evaluate();

    assertThat(by(result, "finding-counts"))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j.text())
                    .isEqualTo("Text with {finding.text} and {unknown} placeholders."));
  }
}

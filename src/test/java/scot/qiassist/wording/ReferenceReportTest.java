package scot.qiassist.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The published North Lanarkshire report (2023) against its own evidence. Issue 14 names its two
 * real candidates: a records measure given as "over two-thirds" in one place and "just over
 * two-thirds" in another, and 88% ("most") beside "almost all respondents agreed that learning and
 * training had increased their skills and confidence". The report's own words make up the evidence,
 * so a flag of kind 2 would be a fault of the matcher, not of the report.
 */
class ReferenceReportTest {

  private static final WordingReport REPORT =
      Wording.file(Wording.REFERENCE_REPORT, Wording.REFERENCE_EVIDENCE);

  @Test
  void the_reference_report_has_three_flags_each_one_a_reader_would_accept() {
    assertThat(REPORT.flags())
        .extracting(f -> f.place().number(), Flag::kind, Flag::found, Flag::suggestion)
        .containsExactly(
            tuple(162, FlagKind.NON_STANDARD_PHRASE, "a significant number", "less than half"),
            tuple(
                276,
                FlagKind.TWO_WORDS_FOR_ONE_MEASURE,
                "just over two-thirds",
                "just over two-thirds"),
            tuple(276, FlagKind.NON_STANDARD_PHRASE, "a small number", "few"));
  }

  @Test
  void the_records_measure_given_as_over_and_just_over_two_thirds_is_one_measure_two_words() {
    Flag flag = REPORT.flags().get(1);

    assertThat(flag.measure()).isEqualTo("child-listened-to-good-or-better");
    assertThat(flag.why()).contains("at line 274, column 558 as 'over two-thirds' (67%-74%)");
  }

  @Test
  void the_88_percent_beside_almost_all_for_the_two_training_measures_is_a_note_not_a_flag() {
    // The catalogue holds two measures (knowledge and skills; skills and confidence), so the
    // report may be right; the match is too close to call, and a reader is told so.
    assertThat(REPORT.notes())
        .filteredOn(n -> n.place().number() == 371)
        .extracting(Note::found, Note::measure)
        .contains(tuple("Eighty-eight percent", "staff-training-increased-confidence"));
  }

  @Test
  void no_sentence_that_restates_its_own_evidence_is_flagged_as_differing_from_it() {
    assertThat(REPORT.flags()).noneMatch(f -> f.kind() == FlagKind.DIFFERS_FROM_EVIDENCE);
    assertThat(REPORT.characters()).isEqualTo(72_675);
  }
}

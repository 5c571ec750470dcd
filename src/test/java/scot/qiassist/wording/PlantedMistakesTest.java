package scot.qiassist.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructed drafts with known planted mistakes of each of the five kinds, against constructed
 * evidence whose figures are counts and percentages (planted-evidence.json): each expected word
 * follows from the bands of the report's introduction ("'most' means 75% up to 89%"), not from the
 * program.
 */
class PlantedMistakesTest {

  @Test
  void the_planted_draft_has_every_planted_mistake_flagged_and_no_false_flag() {
    WordingReport report =
        Wording.file(Wording.RESOURCES.resolve("planted-draft.md"), Wording.PLANTED_EVIDENCE);

    // Lines 3-11 hold the eight planted mistakes (line 6 is right: the later line 11 contradicts
    // it); lines 15-20 are right and must not be flagged.
    assertThat(report.flags())
        .extracting(f -> f.place().number(), Flag::kind, Flag::found, Flag::suggestion)
        .containsExactly(
            tuple(3, FlagKind.FIGURE_OUTSIDE_BAND, "Most", "almost all"),
            tuple(4, FlagKind.FIGURE_OUTSIDE_BAND, "The majority", "less than half"),
            tuple(5, FlagKind.DIFFERS_FROM_EVIDENCE, "almost all", "most"),
            tuple(7, FlagKind.NON_STANDARD_PHRASE, "Nearly all", "almost all"),
            tuple(8, FlagKind.NON_STANDARD_PHRASE, "A high proportion", "most"),
            tuple(9, FlagKind.WORDS_AND_FIGURES_DISAGREE, "Two-thirds", "the majority"),
            tuple(10, FlagKind.WORDS_AND_FIGURES_DISAGREE, "Eighty-eight percent", "most"),
            tuple(11, FlagKind.TWO_WORDS_FOR_ONE_MEASURE, "Almost all", "most"));
    long falseFlags = report.flags().stream().filter(f -> f.place().number() > 11).count();
    assertThat(falseFlags).isZero();
  }

  @Test
  void a_standard_word_beside_a_figure_outside_its_band_is_flagged_with_the_figures_word() {
    Flag flag = only(Wording.planted("The majority, 48%, of staff felt valued.").flags());

    assertThat(flag.kind()).isEqualTo(FlagKind.FIGURE_OUTSIDE_BAND);
    assertThat(flag.why())
        .isEqualTo(
            "'The majority' means 50% up to 74%, but the figure beside it, '48%', is 48%: 'less than half' (15% up to 49%).");
    assertThat(flag.place().toString()).isEqualTo("line 1, column 1");
  }

  @Test
  void a_quantity_that_reads_as_another_word_than_its_evidence_names_the_measure_and_figure() {
    Flag flag =
        only(
            Wording.planted(
                    "An inter-agency referral discussion (IRD) had been held in almost all of the records read.")
                .flags());

    assertThat(flag.kind()).isEqualTo(FlagKind.DIFFERS_FROM_EVIDENCE);
    assertThat(flag.measure()).isEqualTo("ird-held");
    assertThat(flag.confidence()).isGreaterThanOrEqualTo(WordingCheck.SURE);
    assertThat(flag.why())
        .contains("45 of 60 records read (75%)")
        .contains("'most' (75% up to 89%)");
    assertThat(flag.suggestion()).isEqualTo("most");
  }

  @Test
  void a_sentence_that_names_the_evidence_figure_in_its_own_word_is_not_flagged() {
    assertThat(
            Wording.planted(
                    "Almost all children and young people told us that they felt safe where they lived. "
                        + "The quality of plans was evaluated as adequate or weak in the majority of records read.")
                .flags())
        .isEmpty();
  }

  @Test
  void a_share_said_of_those_who_did_not_is_read_as_the_rest() {
    // 45 of 60 IRDs held is "most"; "just under a quarter" were not held: 76%-80% were.
    assertThat(
            Wording.planted(
                    "An inter-agency referral discussion (IRD) had not been held in just under a quarter of the records read.")
                .flags())
        .isEmpty();
  }

  @Test
  void one_measure_described_with_two_words_is_flagged_at_the_second_place_naming_the_first() {
    Flag flag =
        only(
            Wording.planted(
                    "Most children and young people said they knew why staff were involved with them.\n"
                        + "Later: the majority of children and young people said they knew why staff were involved with them.")
                .flags());

    assertThat(flag.kind()).isEqualTo(FlagKind.TWO_WORDS_FOR_ONE_MEASURE);
    assertThat(flag.place().number()).isEqualTo(2);
    assertThat(flag.why()).contains("at line 1, column 1 as 'Most' (75%-89%)");
  }

  @Test
  void a_vague_phrase_with_no_word_in_the_table_takes_the_word_of_the_share_beside_it() {
    Flag flag =
        only(
            Wording.planted(
                    "That left a significant number of staff, over a quarter, who were not confident.")
                .flags());

    assertThat(flag.kind()).isEqualTo(FlagKind.NON_STANDARD_PHRASE);
    // phrases.csv: "over a quarter" is 26%-33%, which standard-words.csv calls "less than half".
    assertThat(flag.suggestion()).isEqualTo("less than half");
  }

  @Test
  void a_fraction_in_words_and_its_figure_that_agree_are_not_flagged() {
    assertThat(Wording.planted("Over three-quarters (80%) of parents and carers said so.").flags())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The most vulnerable children were known to services at all levels.",
        "Here 'few' means up to 14% and 'most' means 75% up to 89%.",
        "There was no evidence that this had an effect, and 144 (35%) of data zones are in the 20% most deprived.",
        "Most or all of the time, not all children said so."
      })
  void ordinary_english_is_not_read_as_a_quantity_word(String sentence) {
    assertThat(Wording.planted(sentence).flags()).isEmpty();
  }

  private static Flag only(List<Flag> flags) {
    assertThat(flags).hasSize(1);
    return flags.get(0);
  }
}

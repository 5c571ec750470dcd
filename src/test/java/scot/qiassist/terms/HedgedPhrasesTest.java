package scot.qiassist.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import scot.qiassist.RepositoryRules;

/**
 * Hedges before a fraction or a standard word, read with rules/terms/hedges.csv and fractions.csv.
 * The expected bands come from the report's definitions of the standard words ("'few' means up to
 * 14%; 'less than half' means 15% up to 49%; 'the majority' means 50% up to 74%; 'most' means 75%
 * up to 89%; and 'almost all' means 90% or more"), not from the program.
 */
class HedgedPhrasesTest {

  private static PhraseMeaning meaning(String words) {
    return RepositoryRules.get().phrases().meaning(words).orElseThrow();
  }

  @Test
  void about_three_quarters_reaches_from_the_majority_into_most_and_carries_a_warning() {
    // Three-quarters is 75%, the first percent of "most"; "the majority" ends at 74%. Anything
    // "about" 75% lies on both sides of that boundary.
    PhraseMeaning about = meaning("about three-quarters");

    assertThat(about.interval()).isEqualTo(new Interval(72, 78));
    assertThat(about.kind()).isEqualTo("hedged");
    assertThat(about.straddles()).isTrue();
  }

  @Test
  void nearly_all_is_almost_all_and_never_all() {
    // "Nearly all" falls short of all (100%) by a little: within "almost all", 90% or more,
    // and never "all", which only 100% is.
    PhraseMeaning nearly = meaning("nearly all");

    assertThat(nearly.interval()).isEqualTo(new Interval(96, 99));
    assertThat(nearly.word()).isEqualTo("almost all");
    assertThat(nearly.straddles()).isFalse();
  }

  @Test
  void around_a_third_lies_inside_less_than_half_with_no_warning() {
    // A third is 33.3%; 3 points either side (30% to 36%) stays inside "less than half",
    // 15% up to 49%.
    PhraseMeaning around = meaning("around a third");

    assertThat(around.interval()).isEqualTo(new Interval(30, 36));
    assertThat(around.word()).isEqualTo("less than half");
    assertThat(around.straddles()).isFalse();
  }

  @Test
  void about_half_straddles_less_than_half_and_the_majority() {
    // "The majority" starts at 50%: about half is on both sides of it.
    PhraseMeaning about = meaning("about half");

    assertThat(about.interval()).isEqualTo(new Interval(47, 53));
    assertThat(about.straddles()).isTrue();
  }

  @Test
  void nearly_half_is_less_than_half() {
    // Short of 50%, so below "the majority": "less than half" (15% up to 49%).
    assertThat(meaning("nearly half").word()).isEqualTo("less than half");
    assertThat(meaning("nearly half").straddles()).isFalse();
  }

  @Test
  void roughly_two_thirds_is_the_majority_with_no_warning() {
    // Two-thirds is 66.7%; 64% to 70% is inside "the majority", 50% up to 74%.
    assertThat(meaning("roughly two-thirds").interval()).isEqualTo(new Interval(64, 70));
    assertThat(meaning("roughly two-thirds").word()).isEqualTo("the majority");
    assertThat(meaning("roughly two-thirds").straddles()).isFalse();
  }

  @Test
  void approximately_four_fifths_is_most() {
    // Four-fifths is 80%: 77% to 83% is inside "most", 75% up to 89%.
    assertThat(meaning("approximately four-fifths").interval()).isEqualTo(new Interval(77, 83));
    assertThat(meaning("approximately four-fifths").word()).isEqualTo("most");
  }

  @Test
  void a_hedged_phrase_of_the_phrase_table_is_read_as_the_table_lists_it() {
    assertThat(meaning("about two-thirds").interval()).isEqualTo(new Interval(62, 71));
    assertThat(meaning("about two-thirds").kind()).isEqualTo("phrase");
  }

  @ParameterizedTest(name = "''{0}'' is ''about three-quarters''")
  @ValueSource(strings = {"about three quarters", "About  Three-Quarters", "about three-quarters"})
  void a_hyphen_and_a_space_are_the_same_in_a_fraction(String words) {
    assertThat(meaning(words).interval()).isEqualTo(new Interval(72, 78));
  }

  @ParameterizedTest(name = "''{0}'' is {1}% to {2}%")
  @CsvSource({"about all, 97, 100", "about none, 0, 3", "nearly a quarter, 21, 24"})
  void a_hedge_reaches_all_or_none_only_from_all_or_none(String words, int low, int high) {
    assertThat(meaning(words).interval()).isEqualTo(new Interval(low, high));
  }

  @ParameterizedTest(name = "''{0}'' is not understood")
  @ValueSource(
      strings = {"nearly none", "about", "about just over half", "roughly loads", "aboutall"})
  void a_hedge_before_nothing_it_can_stretch_is_not_read(String words) {
    assertThat(RepositoryRules.get().phrases().interpret(words)).isEmpty();
  }

  @Test
  void without_the_hedge_tables_no_hedged_phrase_is_read() {
    PhraseBook plain =
        PhraseBook.of(
            RepositoryRules.get().standardWords(),
            RepositoryRules.get().phrases().phrases(),
            RepositoryRules.get().phrases().modifiers());

    assertThat(plain.interpret("about three-quarters")).isEmpty();
    assertThat(plain.interpret("about two-thirds")).isPresent();
  }

  @Test
  void listed_readings_leave_hedges_out_for_the_wording_tables() {
    assertThat(RepositoryRules.get().phrases().listed("nearly all")).isEmpty();
    assertThat(RepositoryRules.get().phrases().listed("just under half")).isPresent();
  }

  @Test
  void the_nearest_phrases_to_a_misspelling_come_first_and_are_few() {
    List<String> nearest =
        RepositoryRules.get().phrases().nearest("neary all", 3).stream()
            .map(PhraseMeaning::words)
            .toList();

    assertThat(nearest).containsExactly("nearly all", "nearly half", "about all");
  }

  @Test
  void a_bare_number_suggests_its_percentage_first() {
    assertThat(RepositoryRules.get().phrases().nearest("75", 3).get(0).words()).isEqualTo("75%");
  }

  @Test
  void each_suggestion_says_its_range_and_the_standard_word_it_reads_as() {
    assertThat(meaning("about three-quarters").described())
        .isEqualTo("'about three-quarters' (72%-78%: most, across a band boundary)");
    assertThat(meaning("most").described()).isEqualTo("'most' (75%-89%)");
  }
}

package scot.qiassist.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import scot.qiassist.RepositoryRules;

/** How the repository's tables read the words reports use for a share. */
class PhraseBookTest {

  private static PhraseBook book() {
    return RepositoryRules.get().phrases();
  }

  private static Optional<Interval> interpret(String words) {
    return book().interpret(words);
  }

  @ParameterizedTest(name = "''{0}'' is {1}% to {2}%")
  @CsvSource({
    "none, 0, 0",
    "few, 1, 14",
    "less than half, 15, 49",
    "the majority, 50, 74",
    "most, 75, 89",
    "almost all, 90, 99",
    "all, 100, 100"
  })
  void standard_words_give_their_bands_range(String word, int low, int high) {
    assertThat(interpret(word)).contains(new Interval(low, high));
  }

  @Test
  void standard_words_are_read_whatever_their_case_and_spacing() {
    assertThat(interpret("  Almost   All ")).contains(new Interval(90, 99));
  }

  @ParameterizedTest(name = "''{0}'' is {1}% to {2}%")
  @CsvSource({
    "just under three-quarters, 70, 74",
    "almost three-quarters, 70, 74",
    "a third, 32, 35",
    "more than half, 51, 66",
    "half, 50, 50",
    "no, 0, 0",
    "many, 50, 89"
  })
  void informal_phrases_give_the_phrase_tables_range(String phrase, int low, int high) {
    assertThat(interpret(phrase)).contains(new Interval(low, high));
  }

  @ParameterizedTest(name = "''{0}'' is 88%")
  @ValueSource(
      strings = {
        "88%",
        "88 %",
        "88 percent",
        "88 per cent",
        "eighty-eight percent",
        "eighty-eight per cent",
        "Eighty Eight Percent"
      })
  void a_percentage_in_figures_or_words_is_that_point(String words) {
    assertThat(interpret(words)).contains(Interval.point(88));
  }

  @ParameterizedTest(name = "''{0}'' is {1}%")
  @CsvSource({
    "0%, 0",
    "zero percent, 0",
    "100%, 100",
    "one hundred per cent, 100",
    "forty percent, 40"
  })
  void percentages_at_and_between_the_ends_are_read(String words, int percent) {
    assertThat(interpret(words)).contains(Interval.point(percent));
  }

  @ParameterizedTest(name = "''{0}'' is {1}% to {2}%")
  @CsvSource({
    "just over 40%, 41, 44",
    "just under forty percent, 36, 39",
    "over 40%, 41, 49",
    "about 50 per cent, 47, 53",
    "nearly 90%, 86, 89"
  })
  void a_modifier_moves_a_percentage_by_the_modifier_tables_offsets(
      String words, int low, int high) {
    assertThat(interpret(words)).contains(new Interval(low, high));
  }

  @ParameterizedTest(name = "''{0}'' is {1}% to {2}%")
  @CsvSource({
    "just over 98%, 99, 99",
    "over 95%, 96, 99",
    "approximately 98%, 95, 99",
    "just under 2%, 1, 1",
    "under 5%, 1, 4",
    "about 100%, 97, 100",
    "about 0%, 0, 3"
  })
  void a_modified_percentage_reaches_all_or_none_only_from_100_or_0(
      String words, int low, int high) {
    assertThat(interpret(words)).contains(new Interval(low, high));
  }

  @ParameterizedTest(name = "''{0}'' is not understood")
  @ValueSource(
      strings = {
        "loads",
        "a good number",
        "101%",
        "eighty-eighty percent",
        "just over",
        "over 40",
        "88.5%"
      })
  void unknown_words_give_nothing(String words) {
    assertThat(interpret(words)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void no_words_give_nothing(String words) {
    assertThat(interpret(words)).isEmpty();
  }
}

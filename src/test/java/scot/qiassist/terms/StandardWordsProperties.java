package scot.qiassist.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;
import scot.qiassist.RepositoryRules;

/** The bands of the standard words cover 0-100% with no gap and no overlap. */
class StandardWordsProperties {

  private static final StandardWords WORDS = RepositoryRules.get().standardWords();

  static IntStream everyWholePercent() {
    return IntStream.rangeClosed(0, 100);
  }

  @ParameterizedTest(name = "{0}%")
  @MethodSource("everyWholePercent")
  void every_whole_percent_falls_in_exactly_one_band(int percent) {
    assertThat(WORDS.bands()).filteredOn(b -> b.contains(percent)).hasSize(1);
  }

  @Test
  void every_exact_share_has_a_standard_word() {
    qt().forAll(doubles().between(0, 100))
        .checkAssert(share -> assertThat(WORDS.bandOf(WholePercent.of(share))).isNotNull());
  }

  @Test
  void a_larger_share_never_has_a_lower_word() {
    qt().forAll(doubles().between(0, 100), doubles().between(0, 100))
        .checkAssert(
            (a, b) ->
                assertThat(WORDS.bandOf(WholePercent.of(Math.max(a, b))).rank())
                    .isGreaterThanOrEqualTo(WORDS.bandOf(WholePercent.of(Math.min(a, b))).rank()));
  }

  @Test
  void only_an_exact_whole_is_all_and_only_an_exact_nothing_is_none() {
    qt().forAll(
            doubles()
                .between(0, 100)
                .mix(doubles().between(99.4, 100))
                .mix(doubles().between(0, 0.6))
                .mix(Generate.constant(100.0), 10)
                .mix(Generate.constant(0.0), 10))
        .checkAssert(
            share -> {
              String word = WORDS.bandOf(WholePercent.of(share)).word();

              assertThat(word.equals("all")).isEqualTo(share == 100.0);
              assertThat(word.equals("none")).isEqualTo(share == 0.0);
            });
  }
}

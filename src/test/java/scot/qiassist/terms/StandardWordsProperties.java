package scot.qiassist.terms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import scot.qiassist.RepositoryRules;

/** The bands of the standard words cover 0-100% with no gap and no overlap. */
class StandardWordsProperties {

  private static final StandardWords WORDS = RepositoryRules.get().standardWords();

  @Property
  void every_whole_percent_falls_in_exactly_one_band(
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    assertThat(WORDS.bands()).filteredOn(b -> b.contains(percent)).hasSize(1);
  }

  @Property
  void every_exact_share_has_a_standard_word(
      @ForAll @DoubleRange(min = 0, max = 100) double share) {
    assertThat(WORDS.bandOf(WholePercent.of(share))).isNotNull();
  }

  @Property
  void a_larger_share_never_has_a_lower_word(
      @ForAll @DoubleRange(min = 0, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b) {
    double low = Math.min(a, b);
    double high = Math.max(a, b);

    assertThat(WORDS.bandOf(WholePercent.of(high)).rank())
        .isGreaterThanOrEqualTo(WORDS.bandOf(WholePercent.of(low)).rank());
  }

  @Property
  void only_an_exact_whole_is_all_and_only_an_exact_nothing_is_none(
      @ForAll @DoubleRange(min = 0, max = 100) double share) {
    String word = WORDS.bandOf(WholePercent.of(share)).word();

    assertThat(word.equals("all")).isEqualTo(share == 100.0);
    assertThat(word.equals("none")).isEqualTo(share == 0.0);
  }
}

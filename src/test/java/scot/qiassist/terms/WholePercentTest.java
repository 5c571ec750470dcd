package scot.qiassist.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rounding decisions documented in {@link WholePercent}. */
class WholePercentTest {

  @ParameterizedTest(name = "{0}% is {1}%")
  @CsvSource({"14.5, 15", "74.5, 75", "14.4, 14", "49.5, 50", "88, 88"})
  void a_share_rounds_half_up_as_a_report_prints_it(double exact, int whole) {
    assertThat(WholePercent.of(exact)).isEqualTo(whole);
  }

  @ParameterizedTest(name = "{0}% is 99%, not all")
  @ValueSource(doubles = {99.5, 99.6, 99.99})
  void a_share_short_of_100_never_rounds_up_to_all(double exact) {
    assertThat(WholePercent.of(exact)).isEqualTo(99);
  }

  @ParameterizedTest(name = "{0}% is 1%, not none")
  @ValueSource(doubles = {0.01, 0.2, 0.49})
  void a_share_above_0_never_rounds_down_to_none(double exact) {
    assertThat(WholePercent.of(exact)).isEqualTo(1);
  }

  @Test
  void exactly_100_and_exactly_0_stay_all_and_none() {
    assertThat(WholePercent.of(100)).isEqualTo(100);
    assertThat(WholePercent.of(0)).isEqualTo(0);
  }

  @ParameterizedTest(name = "{0} of {1} is {2}%")
  @CsvSource({
    "45, 60, 75",
    "59, 60, 98",
    "1, 1316, 1",
    "60, 60, 100",
    "0, 60, 0",
    "29, 200, 15",
    "149, 200, 75"
  })
  void a_count_of_a_sample_is_its_whole_percent(int count, int of, int whole) {
    assertThat(WholePercent.of(count, of)).isEqualTo(whole);
  }

  @Test
  void a_percentage_outside_0_to_100_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WholePercent.of(100.1))
        .withMessage("100.1 is not a percentage between 0 and 100");
    assertThatIllegalArgumentException().isThrownBy(() -> WholePercent.of(-0.5));
    assertThatIllegalArgumentException().isThrownBy(() -> WholePercent.of(Double.NaN));
  }

  @Test
  void a_count_that_is_not_a_share_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WholePercent.of(12, 10))
        .withMessage("12 of 10 is not a share");
    assertThatIllegalArgumentException().isThrownBy(() -> WholePercent.of(0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> WholePercent.of(-1, 10));
  }
}

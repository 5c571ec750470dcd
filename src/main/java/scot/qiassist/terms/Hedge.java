package scot.qiassist.terms;

import java.util.Optional;

/**
 * A word that makes a fraction or a standard word approximate ("about three-quarters", "nearly
 * all"), and how far it stretches the amount, in whole percentage points.
 *
 * @param words the hedge, such as "about"
 * @param from the lowest offset, such as -3
 * @param to the highest offset, such as +3
 */
public record Hedge(String words, int from, int to) {

  public Hedge {
    if (words == null || words.isBlank()) {
      throw new IllegalArgumentException("a hedge needs its words");
    }
    if (from > to) {
      throw new IllegalArgumentException(
          "hedge '" + words + "': the lower offset " + from + " is above the upper " + to);
    }
    words = StandardWords.normalise(words);
  }

  /**
   * The range an amount from {@code low} to {@code high} percent stands for with this hedge before
   * it, in whole percentages rounded half up; empty when the hedge takes it wholly below 0% or
   * above 100% ("nearly none"). As with {@link Modifier}, an amount short of 100% never reaches
   * 100%, and one above 0% never reaches 0%.
   */
  Optional<Interval> stretch(double low, double high) {
    double lowest = low + from;
    double highest = high + to;
    if (highest < 0 || lowest > 100) {
      return Optional.empty();
    }
    int floor = low > 0 ? 1 : 0;
    int ceiling = high < 100 ? 99 : 100;
    int l = within(rounded(lowest), floor, ceiling);
    int h = within(rounded(highest), floor, ceiling);
    return l > h ? Optional.empty() : Optional.of(new Interval(l, h));
  }

  private static int rounded(double percent) {
    return (int) Math.floor(percent + 0.5);
  }

  private static int within(int value, int lowest, int highest) {
    return Math.max(lowest, Math.min(highest, value));
  }
}

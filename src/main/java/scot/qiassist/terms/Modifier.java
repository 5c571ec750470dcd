package scot.qiassist.terms;

/**
 * Words placed before a percentage ("just over 40%") and how far they move it, in points.
 *
 * @param words the modifier, such as "just over"
 * @param from the lowest offset from the stated percentage, such as +1
 * @param to the highest offset, such as +4
 */
public record Modifier(String words, int from, int to) {

  public Modifier {
    if (words == null || words.isBlank()) {
      throw new IllegalArgumentException("a modifier needs its words");
    }
    if (from > to) {
      throw new IllegalArgumentException(
          "modifier '" + words + "': the lower offset " + from + " is above the upper " + to);
    }
    words = StandardWords.normalise(words);
  }

  /**
   * The range the modified percentage stands for, kept within 0-100%. As with {@link WholePercent},
   * "all" and "none" stay honest: a stated percentage below 100 never reaches 100 ("just over 98%"
   * is 99%, not "all"), and one above 0 never reaches 0 ("just under 2%" is 1%, not "none").
   */
  Interval around(int percent) {
    int lowest = percent > 0 ? 1 : 0;
    int highest = percent < 100 ? 99 : 100;
    return new Interval(
        within(percent + from, lowest, highest), within(percent + to, lowest, highest));
  }

  private static int within(int value, int lowest, int highest) {
    return Math.max(lowest, Math.min(highest, value));
  }
}

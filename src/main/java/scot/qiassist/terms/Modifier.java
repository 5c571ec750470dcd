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

  Interval around(int percent) {
    int low = Math.max(0, Math.min(100, percent + from));
    int high = Math.max(0, Math.min(100, percent + to));
    return new Interval(low, high);
  }
}

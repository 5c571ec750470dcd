package scot.qiassist.terms;

/**
 * A fraction that a hedge may go before ("about three-quarters"), with its exact value.
 *
 * @param words the fraction, such as "three-quarters"
 * @param numerator such as 3
 * @param denominator such as 4
 */
public record Fraction(String words, int numerator, int denominator) {

  public Fraction {
    if (words == null || words.isBlank()) {
      throw new IllegalArgumentException("a fraction needs its words");
    }
    if (numerator < 0 || denominator < 1 || numerator > denominator) {
      throw new IllegalArgumentException(
          "fraction '"
              + words
              + "': "
              + numerator
              + "/"
              + denominator
              + " is not a share from 0 to 1");
    }
    words = StandardWords.normalise(words);
  }

  /** The exact share in percent: 75.0 for three-quarters, 33.33... for a third. */
  public double percent() {
    return 100.0 * numerator / denominator;
  }
}

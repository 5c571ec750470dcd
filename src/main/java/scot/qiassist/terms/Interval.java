package scot.qiassist.terms;

/**
 * A share of a sample as a range of whole percentages; a point when both ends are equal.
 *
 * <p>Evidence given as "45 of 60" is a point (75%); evidence given in informal words, such as "just
 * under three-quarters", is the range those words stand for.
 */
public record Interval(int low, int high) {

  public Interval {
    if (low < 0 || high > 100 || low > high) {
      throw new IllegalArgumentException(low + "% to " + high + "% is not a range within 0-100%");
    }
  }

  public static Interval point(int percent) {
    return new Interval(percent, percent);
  }

  public boolean isPoint() {
    return low == high;
  }

  /** The middle of the range, rounded down: the reading used for decisions. */
  public int middle() {
    return (low + high) / 2;
  }

  @Override
  public String toString() {
    return isPoint() ? low + "%" : low + "%-" + high + "%";
  }
}

package scot.qiassist.terms;

/**
 * How an exact share becomes the whole percentage that the bands are written in.
 *
 * <p>Decision: round half up, as a report prints figures (14.5% prints as 15%, so it is "less than
 * half"; 74.5% prints as 75%, so it is "most"). Two exceptions keep "all" and "none" honest: a
 * share that is not exactly 100% never rounds up to 100, and a share above 0% never rounds down to
 * 0 (59 of 60 records is 98%, "almost all"; 1 of 1,316 staff is 1%, "few").
 */
public final class WholePercent {

  private WholePercent() {}

  public static int of(double exactPercent) {
    if (Double.isNaN(exactPercent) || exactPercent < 0 || exactPercent > 100) {
      throw new IllegalArgumentException(exactPercent + " is not a percentage between 0 and 100");
    }
    int rounded = (int) Math.floor(exactPercent + 0.5);
    if (rounded == 100 && exactPercent < 100) {
      return 99;
    }
    if (rounded == 0 && exactPercent > 0) {
      return 1;
    }
    return rounded;
  }

  public static int of(int count, int of) {
    if (of <= 0 || count < 0 || count > of) {
      throw new IllegalArgumentException(count + " of " + of + " is not a share");
    }
    return of(count * 100.0 / of);
  }
}

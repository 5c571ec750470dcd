package scot.qiassist.evaluation;

import scot.qiassist.evidence.Measure;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.StandardWords;

/**
 * A share classified with its standard word: the fact that decision rules reason on.
 *
 * <p>A share given as a range is read by the band of its middle; {@link #straddles()} says when the
 * range reaches into another band, so that a result can warn which conclusions depend on that
 * reading.
 *
 * @param share the figure classified
 * @param band the band of the share's middle: the word decisions use
 * @param lowest the band of the lowest end of the range
 * @param highest the band of the highest end of the range
 * @param scale the standard words, to compare against words that rules name
 */
public record Reading(Share share, Band band, Band lowest, Band highest, StandardWords scale) {

  public static Reading of(Share share, StandardWords scale) {
    return new Reading(
        share,
        scale.bandOf(share.interval().middle()),
        scale.bandOf(share.interval().low()),
        scale.bandOf(share.interval().high()),
        scale);
  }

  public String measure() {
    return share.measure().id();
  }

  /** The measure's group in the catalogue: the rules of a statement judge groups of measures. */
  public String group() {
    return share.measure().group();
  }

  public Measure measureInfo() {
    return share.measure();
  }

  public String word() {
    return band.word();
  }

  public boolean is(String word) {
    return band.rank() == scale.band(word).rank();
  }

  public boolean atLeast(String word) {
    return band.rank() >= scale.band(word).rank();
  }

  public boolean atMost(String word) {
    return band.rank() <= scale.band(word).rank();
  }

  public boolean straddles() {
    return lowest.rank() != highest.rank();
  }

  /** The measure's message sentence with this reading's word: "Almost all staff were ...". */
  public String sentence() {
    return share.measure().sentence(word());
  }

  public String figures() {
    return share.figures();
  }

  /**
   * The reading as an explanation shows it, after the measure's id: "45 of 60 records read (75%):
   * most, at its 75% threshold", "'more than half' (51%-66%): the majority (50% up to 74%)", or
   * "'almost all' (90% up to 99%)" when the evidence used the standard word itself.
   */
  @Override
  public String toString() {
    Interval interval = share.interval();
    String reading;
    if (share.phrase() != null && share.phrase().trim().equalsIgnoreCase(word())) {
      reading = "'" + share.phrase().trim() + "' (" + band.range() + ")";
    } else if (interval.isPoint()
        && interval.low() == band.lowest()
        && band.lowest() != band.highest()) {
      reading = share.figures() + ": " + word() + ", at its " + band.lowest() + "% threshold";
    } else {
      reading = share.figures() + ": " + word() + " (" + band.range() + ")";
    }
    if (straddles()) {
      reading += "; the range reaches from " + lowest.word() + " to " + highest.word();
    }
    return measure() + ": " + reading;
  }
}

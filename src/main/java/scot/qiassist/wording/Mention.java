package scot.qiassist.wording;

import java.util.List;
import scot.qiassist.evidence.Measure;
import scot.qiassist.terms.Interval;

/**
 * A quantity of the draft with the measures its sentence may be about.
 *
 * @param in the sentence and its quantities
 * @param quantity the quantity
 * @param matches the measures, surest first
 */
record Mention(SentenceQuantities in, Quantity quantity, List<MeasureMatch> matches) {

  /** The surest match, if it is sure enough to flag on and clearly ahead of the next. */
  MeasureMatch sure() {
    if (matches.isEmpty()) {
      return null;
    }
    MeasureMatch best = matches.get(0);
    double next = matches.size() > 1 ? matches.get(1).confidence() : 0;
    return best.confidence() >= WordingCheck.SURE && best.confidence() - next >= WordingCheck.MARGIN
        ? best
        : null;
  }

  /**
   * The matches worth a note: when no match is sure, those above {@link WordingCheck#POSSIBLE};
   * beside a sure match, only another that is close to sure itself ({@link
   * WordingCheck#CLOSE_SECOND}), such as the two training measures of the reference report.
   */
  List<MeasureMatch> possible() {
    MeasureMatch sure = sure();
    double floor = sure == null ? WordingCheck.POSSIBLE : WordingCheck.CLOSE_SECOND;
    return matches.stream()
        .filter(m -> m != sure && m.confidence() >= floor)
        .limit(WordingCheck.MOST_NOTES)
        .toList();
  }

  /**
   * The share of a measure this quantity gives: its own range, or the rest of it when the clause
   * denies and the measure does not ("just under a quarter were not" held within timescales is
   * 76%-80% that were), or the other way round.
   */
  Interval shareOf(Measure measure) {
    Interval given = quantity.interval();
    if (in.denies(quantity) == denies(measure)) {
      return given;
    }
    return new Interval(100 - given.high(), 100 - given.low());
  }

  boolean complemented(Measure measure) {
    return in.denies(quantity) != denies(measure);
  }

  private static boolean denies(Measure measure) {
    String words = " " + Words.normalise(measure.counted() + " " + measure.sentence()) + " ";
    return words.contains(" not ") || words.contains("n't ") || words.contains(" never ");
  }
}

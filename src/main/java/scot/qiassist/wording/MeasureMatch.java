package scot.qiassist.wording;

import scot.qiassist.evidence.Measure;

/**
 * A measure of the catalogue that a sentence may be about, and how sure the match is.
 *
 * @param measure the measure
 * @param confidence from 0 to 1: how much of the measure's description the sentence has, weighted
 *     by how rare each word is in the catalogue, with whether the sample named agrees
 */
public record MeasureMatch(Measure measure, double confidence) {

  /** The confidence as a reader sees it: "0.82". */
  public String confidenceText() {
    return String.format(java.util.Locale.ROOT, "%.2f", confidence);
  }
}

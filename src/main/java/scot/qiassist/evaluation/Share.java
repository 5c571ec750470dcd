package scot.qiassist.evaluation;

import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Measure;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.WholePercent;

/**
 * A figure of the evidence as a range of whole percentages, ready to be classified.
 *
 * @param measure the catalogue entry the figure is reported against
 * @param interval the whole percentages it stands for (a point for counts and percentages)
 * @param figures the figure as the evidence gave it: "45 of 60 records read (75%)"
 * @param phrase the words the figure was given in, or null for counts and percentages
 */
public record Share(Measure measure, Interval interval, String figures, String phrase) {

  /** Turns a checked evidence item into a share, reading a phrase through the phrase book. */
  public static Share of(EvidenceItem item, Measure measure, PhraseBook phrases) {
    if (item.count() != null) {
      int percent = WholePercent.of(item.count(), item.of());
      return new Share(
          measure,
          Interval.point(percent),
          item.count()
              + " of "
              + item.of()
              + " "
              + measure.source().sampleName()
              + " ("
              + percent
              + "%)",
          null);
    }
    if (item.percent() != null) {
      int percent = WholePercent.of(item.percent());
      String given = stripZeros(item.percent());
      return new Share(
          measure,
          Interval.point(percent),
          given
              + "%"
              + (given.equals(String.valueOf(percent))
                  ? ""
                  : " (" + percent + "% as a whole percent)"),
          null);
    }
    Interval interval =
        phrases
            .interpret(item.phrase())
            .orElseThrow(() -> new IllegalArgumentException("unknown phrase " + item.phrase()));
    return new Share(
        measure, interval, "'" + item.phrase() + "' (" + interval + ")", item.phrase());
  }

  public String measureId() {
    return measure.id();
  }

  private static String stripZeros(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

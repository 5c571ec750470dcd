package scot.qiassist.wording;

import java.util.List;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;

/**
 * Words beside a figure in the same sentence: a standard word whose band the figure is outside
 * ("most (95%)", "the majority, 48%"), and a fraction or percentage in words that the figure
 * contradicts ("two-thirds (58%)"). A word and a figure are beside each other when no other
 * quantity stands between them and at most {@link #NEAR} words do ("most of the staff (72%)").
 */
final class FigureChecks {

  static final int NEAR = 4;

  private FigureChecks() {}

  static void check(SentenceQuantities in, Findings found) {
    List<Quantity> qs = in.quantities;
    for (int i = 0; i < qs.size(); i++) {
      Quantity figure = qs.get(i);
      if (!figure.kind().isFigure()) {
        continue;
      }
      Quantity words = wordsBeside(in, i);
      if (words == null || overlaps(words.interval(), figure.interval())) {
        continue;
      }
      Band band = found.reading(figure.interval());
      Mention m = new Mention(in, words, List.of());
      if (words.kind() == Quantity.Kind.STANDARD_WORD) {
        found.flag(
            FlagKind.FIGURE_OUTSIDE_BAND,
            m,
            "'"
                + words.written()
                + "' means "
                + words.interval().low()
                + (words.interval().isPoint() ? "%" : "% up to " + words.interval().high() + "%")
                + ", but the figure beside it, '"
                + figure.written()
                + "', is "
                + figure.interval()
                + ": "
                + Findings.described(band)
                + ".",
            band.word(),
            null);
      } else {
        found.flag(
            FlagKind.WORDS_AND_FIGURES_DISAGREE,
            m,
            Findings.described(words.written(), words.interval())
                + " and the figure beside it, '"
                + figure.written()
                + "' ("
                + figure.interval()
                + "), do not agree; the figure is "
                + Findings.described(band)
                + ".",
            band.word(),
            null);
      }
    }
  }

  /** The word quantity beside the figure at {@code i}: before it first, else after it. */
  private static Quantity wordsBeside(SentenceQuantities in, int i) {
    List<Quantity> qs = in.quantities;
    Quantity figure = qs.get(i);
    if (i > 0 && beside(in, qs.get(i - 1), figure)) {
      return qs.get(i - 1);
    }
    if (i + 1 < qs.size() && beside(in, figure, qs.get(i + 1))) {
      return qs.get(i + 1);
    }
    return null;
  }

  private static boolean beside(SentenceQuantities in, Quantity before, Quantity after) {
    Quantity words = before.kind().isFigure() ? after : before;
    return inWords(words) && in.wordsBetween(before, after) <= NEAR && !in.separated(before, after);
  }

  private static boolean inWords(Quantity q) {
    return q.kind() == Quantity.Kind.STANDARD_WORD
        || q.kind() == Quantity.Kind.PHRASE
        || q.kind() == Quantity.Kind.PERCENT_IN_WORDS;
  }

  static boolean overlaps(Interval a, Interval b) {
    return a.low() <= b.high() && b.low() <= a.high();
  }
}

package scot.qiassist.wording;

import java.util.Map;
import scot.qiassist.evaluation.Share;
import scot.qiassist.terms.Band;

/**
 * A quantity phrase of the non-standard table: flagged with the table's reason and the standard
 * word it reads as; when the table gives none, the word of the figure beside it ("a significant
 * number of staff, over a quarter") or of the measure's evidence.
 */
final class NonStandardCheck {

  private NonStandardCheck() {}

  static void check(Mention m, Map<String, Share> shares, Findings found) {
    NonStandardPhrase phrase = m.quantity().nonStandard();
    String why = phrase.reason();
    Band suggested = phrase.readsAs();
    MeasureMatch sure = m.sure();
    if (suggested == null) {
      Quantity beside = beside(m);
      if (beside != null) {
        suggested = found.reading(beside.interval());
        why +=
            ". The share beside it, '"
                + beside.written()
                + "' ("
                + beside.interval()
                + "), is "
                + Findings.described(suggested);
      } else if (sure != null && shares.containsKey(sure.measure().id())) {
        Share share = shares.get(sure.measure().id());
        suggested = found.reading(share.interval());
        why +=
            ". The evidence for "
                + sure.measure().id()
                + " is "
                + share.figures()
                + ": "
                + Findings.described(suggested);
      }
    }
    found.flag(
        FlagKind.NON_STANDARD_PHRASE,
        m,
        why.endsWith(".") ? why : why + ".",
        suggested == null
            ? "a standard word for the figure (the draft gives none)"
            : suggested.word(),
        sure);
  }

  private static Quantity beside(Mention m) {
    SentenceQuantities in = m.in();
    int i = in.quantities.indexOf(m.quantity());
    if (i + 1 < in.quantities.size()
        && in.quantities.get(i + 1).interval() != null
        && in.wordsBetween(m.quantity(), in.quantities.get(i + 1)) <= FigureChecks.NEAR) {
      return in.quantities.get(i + 1);
    }
    if (i > 0
        && in.quantities.get(i - 1).interval() != null
        && in.wordsBetween(in.quantities.get(i - 1), m.quantity()) <= FigureChecks.NEAR) {
      return in.quantities.get(i - 1);
    }
    return null;
  }
}

package scot.qiassist.wording;

import java.util.Map;
import scot.qiassist.evaluation.Share;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;

/**
 * A quantity for a measure whose evidence reads as another standard word. Flagged when the match to
 * the measure is sure and the two ranges do not meet; a note when they meet (the words may both be
 * fair) or when the match is not sure.
 */
final class EvidenceChecks {

  private EvidenceChecks() {}

  static void check(Mention m, Map<String, Share> shares, Findings found) {
    MeasureMatch sure = m.sure();
    if (sure != null) {
      Interval text = m.shareOf(sure.measure());
      Share share = shares.get(sure.measure().id());
      if (share != null && differs(found, text, share)) {
        Band evidence = found.reading(share.interval());
        String why = why(m, found, text, share, sure);
        if (FigureChecks.overlaps(text, share.interval())) {
          found.note(
              m, why + " The ranges meet, so both words may be fair: check the figure.", sure);
        } else {
          found.flag(FlagKind.DIFFERS_FROM_EVIDENCE, m, why, evidence.word(), sure);
        }
      }
    }
    for (MeasureMatch possible : m.possible()) {
      Interval text = m.shareOf(possible.measure());
      Share share = shares.get(possible.measure().id());
      if (share != null && differs(found, text, share)) {
        found.note(
            m,
            "This sentence may be about "
                + possible.measure().id()
                + " (confidence "
                + possible.confidenceText()
                + (m.sure() == null
                    ? ", not sure enough to flag"
                    : ", beside the surer match " + m.sure().measure().id())
                + "). "
                + why(m, found, text, share, possible),
            possible);
      }
    }
  }

  private static boolean differs(Findings found, Interval text, Share share) {
    return !found.reading(text).equals(found.reading(share.interval()));
  }

  private static String why(
      Mention m, Findings found, Interval text, Share share, MeasureMatch match) {
    return "The sentence reads as "
        + match.measure().id()
        + " ("
        + match.measure().counted()
        + "), whose evidence is "
        + share.figures()
        + ": "
        + Findings.described(found.reading(share.interval()))
        + "; "
        + Findings.described(m.quantity().written(), m.quantity().interval())
        + (m.complemented(match.measure())
            ? ", said of those who did not, leaves " + text + " that did, which"
            : "")
        + " reads as "
        + Findings.described(found.reading(text))
        + ".";
  }
}

package scot.qiassist.wording;

import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.Share;

/**
 * One measure described with two quantity words in two places: each later place whose words stand
 * for a different range from the first place's is flagged, naming the first. Words with the same
 * range ("majority", "the majority") are the same description.
 */
final class ConsistencyCheck {

  private ConsistencyCheck() {}

  static void check(
      Map<String, List<Mention>> byMeasure, Map<String, Share> shares, Findings found) {
    byMeasure.forEach(
        (measure, mentions) -> {
          List<Mention> direct =
              mentions.stream().filter(m -> !m.complemented(m.sure().measure())).toList();
          if (direct.isEmpty()) {
            return;
          }
          Mention first = direct.get(0);
          for (Mention later : direct.subList(1, direct.size())) {
            Quantity a = first.quantity();
            Quantity b = later.quantity();
            if (a.normalised().equals(b.normalised()) || a.interval().equals(b.interval())) {
              continue;
            }
            Share share = shares.get(measure);
            String suggestion =
                share == null
                    ? a.normalised()
                    : share.phrase() != null
                        ? share.phrase()
                        : found.reading(share.interval()).word();
            found.flag(
                FlagKind.TWO_WORDS_FOR_ONE_MEASURE,
                later,
                measure
                    + " is described here as "
                    + Findings.described(b.written(), b.interval())
                    + " and at "
                    + found.draft.place(a.start(), a.end())
                    + " as "
                    + Findings.described(a.written(), a.interval())
                    + " (match confidence "
                    + first.sure().confidenceText()
                    + ")"
                    + (share == null ? "" : "; the evidence is " + share.figures())
                    + ". One figure should have one description.",
                suggestion,
                later.sure());
          }
        });
  }
}

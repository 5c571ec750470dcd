package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.qiassist.evaluation.Share;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Measure;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;

/**
 * Every one-step variation of an evidence document: each figure one band up and one band down, and
 * each finding dropped in turn.
 *
 * <p>A figure moves by replacing it with the adjacent standard word as a phrase, so that its
 * reading is that band whatever the rules make of it. A figure read as the top band ("all") has no
 * band above it, and one read as the bottom band ("none") none below: those moves are skipped. The
 * distance of a move is how many percentage points the figure's range lies from the edge it would
 * cross: "45 of 60" (75%) is 1 point from "the majority", "more than half" (51%-66%) 2 points from
 * "less than half", and a range already reaching over the edge is 0.
 */
final class Variants {

  private static final int SHORT_TEXT = 80;

  private final RuleSet rules;

  Variants(RuleSet rules) {
    this.rules = rules;
  }

  List<Variant> of(EvidenceDocument document) {
    List<Variant> variants = new ArrayList<>();
    List<EvidenceItem> items = document.evidence();
    for (int i = 0; i < items.size(); i++) {
      EvidenceItem item = items.get(i);
      int index = i;
      rules
          .measures()
          .find(item.measure())
          .ifPresent(
              m -> {
                moved(document, index, m, +1).ifPresent(variants::add);
                moved(document, index, m, -1).ifPresent(variants::add);
              });
    }
    List<Finding> findings = document.findings();
    for (int i = 0; i < findings.size(); i++) {
      variants.add(dropped(document, i));
    }
    return variants;
  }

  private Optional<Variant> moved(EvidenceDocument document, int index, Measure measure, int step) {
    EvidenceItem item = document.evidence().get(index);
    Share share = Share.of(item, measure, rules.phrases());
    Interval interval = share.interval();
    List<Band> bands = rules.standardWords().bands();
    Band band = rules.standardWords().bandOf(interval.middle());
    int target = band.rank() + step;
    if (target < 0 || target >= bands.size()) {
      return Optional.empty();
    }
    Band to = bands.get(target);
    int distance = step > 0 ? to.lowest() - interval.high() : interval.low() - to.highest();
    List<EvidenceItem> changed = new ArrayList<>(document.evidence());
    changed.set(index, EvidenceItem.phrase(item.measure(), to.word()));
    boolean higherIsBetter = measure.direction() == Direction.HIGHER_IS_BETTER;
    return Optional.of(
        new Variant(
            document.withEvidence(changed),
            "evidence[" + index + "]",
            index,
            step > 0 ? "up" : "down",
            Math.max(0, distance),
            null,
            (step > 0) == higherIsBetter,
            measure.id(),
            band.word(),
            to.word(),
            measure.counted() + " were " + to.word() + " instead of " + band.word(),
            share.figures()));
  }

  private static Variant dropped(EvidenceDocument document, int index) {
    Finding finding = document.findings().get(index);
    List<Finding> changed = new ArrayList<>(document.findings());
    changed.remove(index);
    String described =
        finding.weight().id()
            + " "
            + finding.kind().label()
            + " of statement "
            + finding.statement()
            + ", '"
            + shortly(finding.text())
            + "',";
    return new Variant(
        document.withFindings(changed),
        "findings[" + index + "]",
        index,
        "dropped",
        null,
        finding.weight(),
        !finding.isStrength(),
        null,
        null,
        null,
        "the " + described + " were dropped",
        finding.text());
  }

  private static String shortly(String text) {
    if (text.length() <= SHORT_TEXT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SHORT_TEXT);
    return text.substring(0, cut > 0 ? cut : SHORT_TEXT) + "...";
  }
}

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
import scot.qiassist.evidence.Weight;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;

/**
 * Every one-step variation of an evidence document: each figure one band up and one band down, each
 * finding one step heavier and lighter, and each finding dropped in turn.
 *
 * <p>A figure moves by replacing it with the adjacent standard word as a phrase, so that its
 * reading is that band whatever the rules make of it. A figure read as the top band ("all") has no
 * band above it, and one read as the bottom band ("none") none below: those moves are skipped. The
 * distance of a move is how many percentage points the figure's range lies from the edge it would
 * cross: "45 of 60" (75%) is 1 point from "the majority", "more than half" (51%-66%) 2 points from
 * "less than half", and a range already reaching over the edge is 0. A major finding has no weight
 * above it and a minor one none below.
 */
final class Variants {

  private final RuleSet rules;

  Variants(RuleSet rules) {
    this.rules = rules;
  }

  List<Variant> of(EvidenceDocument document) {
    List<Variant> variants = new ArrayList<>();
    List<EvidenceItem> items = document.evidence();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      rules
          .measures()
          .find(items.get(i).measure())
          .ifPresent(
              m -> {
                moved(document, index, m, +1).ifPresent(variants::add);
                moved(document, index, m, -1).ifPresent(variants::add);
              });
    }
    for (int i = 0; i < document.findings().size(); i++) {
      reweighed(document, i, +1).ifPresent(variants::add);
      reweighed(document, i, -1).ifPresent(variants::add);
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
    Edit edit = new Edit.Figure(index, to.word());
    boolean higherIsBetter = measure.direction() == Direction.HIGHER_IS_BETTER;
    return Optional.of(
        new Variant(
            edit,
            Edit.apply(document, List.of(edit)),
            edit.entry(),
            index,
            step > 0 ? "up" : "down",
            Math.max(0, distance),
            null,
            (step > 0) == higherIsBetter,
            measure.id(),
            band.word(),
            to.word(),
            measure.counted() + " were " + to.word() + " instead of " + band.word(),
            share.figures(),
            null));
  }

  private static Optional<Variant> reweighed(EvidenceDocument document, int index, int step) {
    Finding finding = document.findings().get(index);
    int target = finding.weight().ordinal() + step;
    if (target < 0 || target >= Weight.values().length) {
      return Optional.empty();
    }
    Weight to = Weight.values()[target];
    Edit edit = new Edit.Reweighed(index, to);
    return Optional.of(
        findingVariant(
            document,
            edit,
            step > 0 ? "weight-up" : "weight-down",
            (step > 0) == finding.isStrength(),
            finding.weight().id(),
            to.id(),
            FindingWords.described(finding) + " were " + to.id()));
  }

  private static Variant dropped(EvidenceDocument document, int index) {
    Finding finding = document.findings().get(index);
    return findingVariant(
        document,
        new Edit.Dropped(index),
        "dropped",
        !finding.isStrength(),
        null,
        null,
        FindingWords.described(finding) + " were dropped");
  }

  static Variant findingVariant(
      EvidenceDocument document,
      Edit edit,
      String move,
      boolean better,
      String from,
      String to,
      String words) {
    Finding finding = document.findings().get(edit.index());
    return new Variant(
        edit,
        Edit.apply(document, List.of(edit)),
        edit.entry(),
        edit.index(),
        move,
        null,
        finding.weight(),
        better,
        null,
        from,
        to,
        words,
        finding.text(),
        null);
  }
}

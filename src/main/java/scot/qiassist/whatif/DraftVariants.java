package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;

/**
 * The changes that only reaching a draft grade asks about, besides the one-step variations: a
 * finding the evidence does not have ("one more major strength in statement 3"), and, towards a
 * higher draft, a strength judged outstanding. Towards a higher draft each added finding is a
 * strength, with no aspect or with an aspect no strength bears on yet; towards a lower one, an area
 * for improvement.
 */
final class DraftVariants {

  static final String ADDED_TEXT = "A finding the evidence does not have (what-if)";

  private DraftVariants() {}

  static List<Variant> towards(EvidenceDocument document, boolean higher, Set<Aspect> borne) {
    List<Variant> variants = new ArrayList<>();
    if (higher) {
      for (int i = 0; i < document.findings().size(); i++) {
        Finding f = document.findings().get(i);
        if (f.isStrength() && !f.outstanding()) {
          variants.add(
              Variants.findingVariant(
                  document,
                  new Edit.Outstanding(i),
                  "outstanding",
                  true,
                  null,
                  null,
                  FindingWords.described(f) + " were judged outstanding"));
        }
      }
    }
    Kind kind = higher ? Kind.STRENGTH : Kind.AREA_FOR_IMPROVEMENT;
    List<Aspect> aspects = new ArrayList<>();
    aspects.add(null);
    if (higher) {
      for (Aspect a : Aspect.values()) {
        if (!borne.contains(a)) {
          aspects.add(a);
        }
      }
    }
    for (int statement = 1; statement <= 4; statement++) {
      for (Weight weight : Weight.values()) {
        for (Aspect aspect : aspects) {
          variants.add(
              added(document, new Finding(statement, kind, weight, ADDED_TEXT, aspect, false)));
        }
      }
      if (higher) {
        variants.add(
            added(
                document,
                new Finding(statement, kind, Weight.MAJOR, ADDED_TEXT, null, false, true)));
      }
    }
    return variants;
  }

  private static Variant added(EvidenceDocument document, Finding finding) {
    Edit edit = new Edit.Added(finding);
    return new Variant(
        edit,
        Edit.apply(document, List.of(edit)),
        edit.entry(),
        -1,
        "added",
        null,
        finding.weight(),
        finding.isStrength(),
        null,
        null,
        null,
        "there were " + FindingWords.added(finding),
        "not in the evidence: " + FindingWords.added(finding),
        finding);
  }
}

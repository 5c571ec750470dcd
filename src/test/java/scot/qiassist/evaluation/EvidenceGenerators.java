package scot.qiassist.evaluation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Samples;
import scot.qiassist.evidence.Source;
import scot.qiassist.evidence.Weight;

/** QuickTheories generators of evidence documents over the repository's measure catalogue. */
final class EvidenceGenerators {

  private static final List<Measure> MEASURES = RepositoryRules.get().measures().all();

  private EvidenceGenerators() {}

  /**
   * Evidence documents of every quality, weighted towards good evidence: a grade can only fall
   * where it has room to, so most documents should reach Good or better.
   */
  static Gen<EvidenceDocument> documents() {
    return items()
        .zip(
            lists().of(finding()).ofSizeBetween(0, 12),
            (items, findings) ->
                new EvidenceDocument(
                    "Generated partnership", null, null, samplesFor(items), items, findings));
  }

  /**
   * The samples a real evidence file declares: a size for every source its figures come from
   * (records read 60, and so on), as the sufficiency and evidence-base rules expect.
   */
  static Samples samplesFor(List<EvidenceItem> items) {
    java.util.Set<Source> sources = new java.util.HashSet<>();
    items.forEach(i -> measure(i).ifPresent(m -> sources.add(m.source())));
    return new Samples(
        sources.contains(Source.RECORD_READING) ? 60 : null,
        sources.contains(Source.CHILDREN_AND_YOUNG_PEOPLE) ? 59 : null,
        sources.contains(Source.PARENTS_AND_CARERS) ? 42 : null,
        sources.contains(Source.STAFF_SURVEY) ? 1316 : null,
        null,
        null);
  }

  /** Up to 25 distinct measures, each with a share that favours the good side of the measure. */
  static Gen<List<EvidenceItem>> items() {
    Gen<Integer> favourable =
        Generate.frequency(
            Pair.of(1, integers().between(0, 100)), Pair.of(4, integers().between(70, 100)));
    Gen<Pair<Integer, Integer>> pick =
        integers().between(0, MEASURES.size() - 1).zip(favourable, Pair::of);
    return lists()
        .of(pick)
        .ofSizeBetween(0, 25)
        .map(
            picks -> {
              LinkedHashSet<Integer> seen = new LinkedHashSet<>();
              List<EvidenceItem> list = new ArrayList<>();
              for (Pair<Integer, Integer> p : picks) {
                if (seen.add(p._1)) {
                  Measure m = MEASURES.get(p._1);
                  int percent = m.direction() == Direction.HIGHER_IS_BETTER ? p._2 : 100 - p._2;
                  list.add(EvidenceItem.percent(m.id(), percent));
                }
              }
              return list;
            });
  }

  /** Strengths three times as often as areas for improvement. */
  static Gen<Finding> finding() {
    return Generate.frequency(
        Pair.of(3, findings(Kind.STRENGTH)), Pair.of(1, findings(Kind.AREA_FOR_IMPROVEMENT)));
  }

  static Gen<Finding> findings(Kind kind) {
    return integers()
        .between(1, 4)
        .zip(
            Generate.enumValues(Weight.class),
            Generate.enumValues(Aspect.class).toOptionals(70),
            Generate.booleans(),
            (statement, weight, aspect, key) ->
                new Finding(
                    statement, kind, weight, "A generated finding.", aspect.orElse(null), key));
  }

  static Optional<Measure> measure(EvidenceItem item) {
    return RepositoryRules.get().measures().find(item.measure());
  }
}

package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Samples;
import scot.qiassist.evidence.Weight;
import scot.qiassist.report.JsonReport;

/** What must hold for every evidence document, whatever its figures and findings. */
class GradeProperties {

  private static final List<Measure> MEASURES = RepositoryRules.get().measures().all();

  @Property(tries = 200)
  void improving_any_figure_never_lowers_the_grade(
      @ForAll("documents") EvidenceDocument evidence, @ForAll("steps") int step, @ForAll int pick) {
    if (evidence.evidence().isEmpty()) {
      return;
    }
    int index = Math.floorMod(pick, evidence.evidence().size());
    EvidenceItem item = evidence.evidence().get(index);
    Measure measure = RepositoryRules.get().measures().find(item.measure()).orElseThrow();
    double better =
        measure.direction() == Direction.HIGHER_IS_BETTER
            ? Math.min(100, item.percent() + step)
            : Math.max(0, item.percent() - step);
    List<EvidenceItem> improved = new ArrayList<>(evidence.evidence());
    improved.set(index, EvidenceItem.percent(item.measure(), better));

    assertThat(grade(evidence.withEvidence(improved)))
        .as("%s moved from %s%% to %s%%", item.measure(), item.percent(), better)
        .isGreaterThanOrEqualTo(grade(evidence));
  }

  @Property(tries = 200)
  void adding_a_strength_never_lowers_the_grade(
      @ForAll("documents") EvidenceDocument evidence, @ForAll("strengths") Finding strength) {
    List<Finding> more = new ArrayList<>(evidence.findings());
    more.add(strength);

    assertThat(grade(evidence.withFindings(more))).isGreaterThanOrEqualTo(grade(evidence));
  }

  @Property(tries = 200)
  void removing_an_area_for_improvement_never_lowers_the_grade(
      @ForAll("documents") EvidenceDocument evidence, @ForAll int pick) {
    List<Finding> areas =
        evidence.findings().stream().filter(f -> f.kind() == Kind.AREA_FOR_IMPROVEMENT).toList();
    if (areas.isEmpty()) {
      return;
    }
    List<Finding> fewer = new ArrayList<>(evidence.findings());
    fewer.remove(areas.get(Math.floorMod(pick, areas.size())));

    assertThat(grade(evidence.withFindings(fewer))).isGreaterThanOrEqualTo(grade(evidence));
  }

  @Property(tries = 50)
  void the_same_evidence_always_gives_the_same_result(
      @ForAll("documents") EvidenceDocument evidence) {
    String first = JsonReport.render(RepositoryRules.evaluator().evaluate(evidence));
    String second = JsonReport.render(RepositoryRules.evaluator().evaluate(evidence));

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 100)
  void the_grade_alone_is_the_grade_of_the_full_evaluation(
      @ForAll("documents") EvidenceDocument evidence) {
    assertThat(RepositoryRules.evaluator().grade(evidence).value()).isEqualTo(grade(evidence));
  }

  private static int grade(EvidenceDocument evidence) {
    return RepositoryRules.evaluator().evaluate(evidence).grade().value();
  }

  @Provide
  Arbitrary<Integer> steps() {
    return Arbitraries.integers().between(1, 40);
  }

  /**
   * Evidence documents of every quality, weighted towards good evidence: a grade can only fall
   * where it has room to, so most documents should reach Good or better.
   */
  @Provide
  Arbitrary<EvidenceDocument> documents() {
    Arbitrary<Integer> favourable =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100)),
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(70, 100)));
    Arbitrary<List<EvidenceItem>> items =
        Arbitraries.subsetOf(MEASURES)
            .ofMaxSize(25)
            .flatMap(
                chosen ->
                    favourable
                        .list()
                        .ofSize(chosen.size())
                        .map(
                            shares -> {
                              List<Measure> ordered = new ArrayList<>(chosen);
                              List<EvidenceItem> list = new ArrayList<>();
                              for (int i = 0; i < ordered.size(); i++) {
                                Measure m = ordered.get(i);
                                int percent =
                                    m.direction() == Direction.HIGHER_IS_BETTER
                                        ? shares.get(i)
                                        : 100 - shares.get(i);
                                list.add(EvidenceItem.percent(m.id(), percent));
                              }
                              return list;
                            }));
    Arbitrary<List<Finding>> findings =
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, strengths()), net.jqwik.api.Tuple.of(1, areas()))
            .list()
            .ofMaxSize(12);
    return Combinators.combine(items, findings)
        .as(
            (i, f) ->
                new EvidenceDocument("Generated partnership", null, null, Samples.NONE, i, f));
  }

  @Provide
  Arbitrary<Finding> strengths() {
    return findings(Kind.STRENGTH);
  }

  private Arbitrary<Finding> areas() {
    return findings(Kind.AREA_FOR_IMPROVEMENT);
  }

  private static Arbitrary<Finding> findings(Kind kind) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(Weight.class),
            Arbitraries.of(Aspect.class).injectNull(0.3),
            Arbitraries.of(true, false))
        .as(
            (statement, weight, aspect, key) ->
                new Finding(statement, kind, weight, "A generated finding.", aspect, key));
  }
}

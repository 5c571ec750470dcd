package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Source;
import scot.qiassist.evidence.Weight;
import scot.qiassist.examples.Outcome;
import scot.qiassist.grade.Grade;
import scot.qiassist.report.JsonReport;

/**
 * What must hold for every evidence document, whatever its figures and findings. "Not graded" ranks
 * below every grade: evidence that gains a grade has not been lowered.
 */
class GradeProperties {

  private static final int NOT_GRADED = 0;

  @Test
  void improving_any_figure_never_lowers_the_grade() {
    qt().withExamples(150)
        .forAll(
            EvidenceGenerators.documents(),
            integers().between(1, 40),
            integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (evidence, step, pick) -> {
              if (evidence.evidence().isEmpty()) {
                return;
              }
              int index = pick % evidence.evidence().size();
              EvidenceItem item = evidence.evidence().get(index);
              Measure measure = EvidenceGenerators.measure(item).orElseThrow();
              double better =
                  measure.direction() == Direction.HIGHER_IS_BETTER
                      ? Math.min(100, item.percent() + step)
                      : Math.max(0, item.percent() - step);
              List<EvidenceItem> improved = new ArrayList<>(evidence.evidence());
              improved.set(index, EvidenceItem.percent(item.measure(), better));

              assertThat(rank(evidence.withEvidence(improved)))
                  .as("%s moved from %s%% to %s%%", item.measure(), item.percent(), better)
                  .isGreaterThanOrEqualTo(rank(evidence));
            });
  }

  @Test
  void adding_a_strength_never_lowers_the_grade() {
    qt().withExamples(150)
        .forAll(EvidenceGenerators.documents(), EvidenceGenerators.findings(Kind.STRENGTH))
        .checkAssert(
            (evidence, strength) -> {
              List<Finding> more = new ArrayList<>(evidence.findings());
              more.add(strength);

              assertThat(rank(evidence.withFindings(more))).isGreaterThanOrEqualTo(rank(evidence));
            });
  }

  @Test
  void marking_a_strength_outstanding_never_lowers_the_grade() {
    qt().withExamples(100)
        .forAll(EvidenceGenerators.documents(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (evidence, pick) -> {
              List<Finding> strengths =
                  evidence.findings().stream().filter(Finding::isStrength).toList();
              if (strengths.isEmpty()) {
                return;
              }
              Finding f = strengths.get(pick % strengths.size());
              List<Finding> marked = new ArrayList<>(evidence.findings());
              marked.set(
                  marked.indexOf(f),
                  new Finding(
                      f.statement(),
                      f.kind(),
                      f.weight(),
                      f.text(),
                      f.aspect(),
                      f.keyMessage(),
                      true));

              assertThat(rank(evidence.withFindings(marked)))
                  .isGreaterThanOrEqualTo(rank(evidence));
            });
  }

  @Test
  void a_lighter_or_removed_area_for_improvement_never_lowers_the_grade() {
    qt().withExamples(150)
        .forAll(EvidenceGenerators.documents(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (evidence, pick) -> {
              List<Finding> areas =
                  evidence.findings().stream().filter(f -> !f.isStrength()).toList();
              if (areas.isEmpty()) {
                return;
              }
              Finding area = areas.get(pick % areas.size());
              List<Finding> lighter = new ArrayList<>(evidence.findings());
              int at = lighter.indexOf(area);
              if (area.weight() != Weight.MINOR) {
                Weight less = Weight.values()[area.weight().ordinal() - 1];
                lighter.set(
                    at,
                    new Finding(
                        area.statement(),
                        area.kind(),
                        less,
                        area.text(),
                        area.aspect(),
                        area.keyMessage()));
              } else if (othersBearOn(evidence, area)) {
                // Removing the only evidence of a statement leaves less to grade, not better
                // evidence; that case is the sufficiency rules', tested by GradePolicyTest.
                lighter.remove(at);
              } else {
                return;
              }

              assertThat(rank(evidence.withFindings(lighter)))
                  .isGreaterThanOrEqualTo(rank(evidence));
            });
  }

  @Test
  void removing_every_figure_of_the_records_read_never_raises_the_grade() {
    qt().withExamples(150)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(
            evidence -> {
              EvidenceDocument without = without(evidence, Source.RECORD_READING);

              assertThat(rank(without)).isLessThanOrEqualTo(rank(evidence));
            });
  }

  @Test
  void removing_every_figure_of_a_survey_never_raises_the_grade_to_good_or_above() {
    qt().withExamples(150)
        .forAll(EvidenceGenerators.documents(), integers().between(0, 2))
        .checkAssert(
            (evidence, pick) -> {
              Source source =
                  List.of(
                          Source.CHILDREN_AND_YOUNG_PEOPLE,
                          Source.PARENTS_AND_CARERS,
                          Source.STAFF_SURVEY)
                      .get(pick);
              EvidenceDocument without = without(evidence, source);

              // The declared sample is left without a figure, which Good and above refuse: a
              // grade of Good or above only falls, and below Good it stays below Good. (That a
              // weak grade may rise to adequate is the price of grading thin captures such as
              // the Highland calibration case, rules/README.md.)
              assertThat(rank(without))
                  .isLessThanOrEqualTo(Math.max(rank(evidence), Grade.ADEQUATE.value()));
            });
  }

  @Test
  void reordering_the_items_and_findings_changes_nothing() {
    qt().withExamples(60)
        .forAll(EvidenceGenerators.documents(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (evidence, seed) -> {
              List<EvidenceItem> items = new ArrayList<>(evidence.evidence());
              List<Finding> findings = new ArrayList<>(evidence.findings());
              Collections.shuffle(items, new Random(seed));
              Collections.shuffle(findings, new Random(seed + 1L));
              EvidenceDocument reordered = evidence.withEvidence(items).withFindings(findings);

              assertThat(decision(reordered)).isEqualTo(decision(evidence));
            });
  }

  @Test
  void renaming_the_partnership_changes_nothing_but_its_name() {
    qt().withExamples(40)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(
            evidence -> {
              EvidenceDocument renamed =
                  new EvidenceDocument(
                      "Another partnership",
                      evidence.period(),
                      evidence.draftGrade(),
                      evidence.samples(),
                      evidence.evidence(),
                      evidence.findings());

              assertThat(json(renamed).replace("Another partnership", "Generated partnership"))
                  .isEqualTo(json(evidence));
            });
  }

  @Test
  void the_same_evidence_always_gives_the_same_result() {
    qt().withExamples(40)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(evidence -> assertThat(json(evidence)).isEqualTo(json(evidence)));
  }

  @Test
  void the_grade_alone_is_the_grade_of_the_full_evaluation() {
    qt().withExamples(100)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(
            evidence -> {
              Grade alone = RepositoryRules.evaluator().grade(evidence);
              assertThat(alone == null ? NOT_GRADED : alone.value()).isEqualTo(rank(evidence));
            });
  }

  private static boolean othersBearOn(EvidenceDocument evidence, Finding area) {
    long findings =
        evidence.findings().stream().filter(f -> f.statement() == area.statement()).count();
    boolean figures =
        evidence.evidence().stream()
            .anyMatch(
                i ->
                    EvidenceGenerators.measure(i)
                        .map(m -> m.statement() == area.statement())
                        .orElse(false));
    return findings > 1 || figures;
  }

  /** The evidence without any figure of one source; its declared samples stay as they were. */
  private static EvidenceDocument without(EvidenceDocument evidence, Source source) {
    return evidence.withEvidence(
        evidence.evidence().stream()
            .filter(i -> EvidenceGenerators.measure(i).map(m -> m.source() != source).orElse(true))
            .toList());
  }

  /** The decision, with key messages as a set: their order within a statement is not one. */
  private static List<Object> decision(EvidenceDocument evidence) {
    Outcome o = Outcome.of(RepositoryRules.evaluator().evaluate(evidence));
    return List.of(
        o.grade(),
        new java.util.TreeSet<>(o.keyMessages()),
        o.notLower(),
        o.notHigher(),
        o.insufficient());
  }

  private static String json(EvidenceDocument evidence) {
    return JsonReport.render(RepositoryRules.evaluator().evaluate(evidence));
  }

  private static int rank(EvidenceDocument evidence) {
    var grade = RepositoryRules.evaluator().evaluate(evidence).grade();
    return grade == null ? NOT_GRADED : grade.value();
  }
}

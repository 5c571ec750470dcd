package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.report.JsonReport;

/** What must hold for every evidence document, whatever its figures and findings. */
class GradeProperties {

  @Test
  void improving_any_figure_never_lowers_the_grade() {
    qt().withExamples(200)
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

              assertThat(grade(evidence.withEvidence(improved)))
                  .as("%s moved from %s%% to %s%%", item.measure(), item.percent(), better)
                  .isGreaterThanOrEqualTo(grade(evidence));
            });
  }

  @Test
  void adding_a_strength_never_lowers_the_grade() {
    qt().withExamples(200)
        .forAll(EvidenceGenerators.documents(), EvidenceGenerators.findings(Kind.STRENGTH))
        .checkAssert(
            (evidence, strength) -> {
              List<Finding> more = new ArrayList<>(evidence.findings());
              more.add(strength);

              assertThat(grade(evidence.withFindings(more)))
                  .isGreaterThanOrEqualTo(grade(evidence));
            });
  }

  @Test
  void removing_an_area_for_improvement_never_lowers_the_grade() {
    qt().withExamples(200)
        .forAll(EvidenceGenerators.documents(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (evidence, pick) -> {
              List<Finding> areas =
                  evidence.findings().stream()
                      .filter(f -> f.kind() == Kind.AREA_FOR_IMPROVEMENT)
                      .toList();
              if (areas.isEmpty()) {
                return;
              }
              List<Finding> fewer = new ArrayList<>(evidence.findings());
              fewer.remove(areas.get(pick % areas.size()));

              assertThat(grade(evidence.withFindings(fewer)))
                  .isGreaterThanOrEqualTo(grade(evidence));
            });
  }

  @Test
  void the_same_evidence_always_gives_the_same_result() {
    qt().withExamples(50)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(
            evidence -> {
              String first = JsonReport.render(RepositoryRules.evaluator().evaluate(evidence));
              String second = JsonReport.render(RepositoryRules.evaluator().evaluate(evidence));

              assertThat(second).isEqualTo(first);
            });
  }

  @Test
  void the_grade_alone_is_the_grade_of_the_full_evaluation() {
    qt().withExamples(100)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(
            evidence ->
                assertThat(RepositoryRules.evaluator().grade(evidence).value())
                    .isEqualTo(grade(evidence)));
  }

  private static int grade(EvidenceDocument evidence) {
    return RepositoryRules.evaluator().evaluate(evidence).grade().value();
  }
}

package scot.qiassist.whatif;

import java.util.Comparator;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.grade.Grade;

/**
 * Evaluates every one-step change of the evidence (each figure one band up and down, each finding
 * dropped) with the same evaluator as the evidence itself, and keeps the changes that move the
 * grade.
 *
 * <p>Nearest first: figures before findings; figures by the percentage points between their range
 * and the band edge they would cross, then in evidence order, the move up before the move down;
 * findings by weight, major first, then in evidence order.
 */
public final class WhatIfAnalysis {

  private record Outcome(Variant variant, GradeView grade) {}

  static final Comparator<Variant> NEAREST_FIRST =
      Comparator.comparing((Variant v) -> !v.isFigure())
          .thenComparing(v -> v.isFigure() ? v.distance() : 0)
          .thenComparing(v -> v.isFigure() ? 0 : -v.weight().ordinal())
          .thenComparingInt(Variant::index)
          .thenComparing(v -> !v.move().equals("up"));

  private final Evaluator evaluator;

  public WhatIfAnalysis(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  private static Evaluation.GradeView view(Grade grade) {
    return grade == null ? null : new Evaluation.GradeView(grade.value(), grade.label());
  }

  /**
   * The one-step changes that move the grade. Evidence that is not enough to grade has no grade to
   * move, and no one-step change (a figure moved a band, a finding dropped) adds the evidence it
   * lacks, so its answer lists none; a change that would leave the evidence not enough to grade
   * (dropping the only finding of a statement) is not a change of grade and is left out.
   */
  public WhatIf analyse(EvidenceDocument document) {
    Evaluation base = evaluator.evaluate(document);
    if (!base.graded()) {
      return new WhatIf(base.partnership(), null, 0, List.of(), null, base.rulesetVersion());
    }
    List<Variant> variants = new Variants(evaluator.rules()).of(document);
    // Each evaluation has its own session, so the variants can run on every core at once.
    List<GradeChange> changes =
        variants.parallelStream()
            .map(v -> new Outcome(v, view(evaluator.grade(v.document()))))
            .filter(o -> o.grade() != null && o.grade().value() != base.grade().value())
            .sorted(Comparator.comparing(Outcome::variant, NEAREST_FIRST))
            .map(o -> GradeChange.of(o.variant(), o.grade()))
            .toList();
    DraftCheck draft =
        document.draftGrade() == null
            ? null
            : DraftCheck.of(document.draftGrade(), Grade.of(base.grade().value()), changes);
    return new WhatIf(
        base.partnership(), base.grade(), variants.size(), changes, draft, base.rulesetVersion());
  }
}

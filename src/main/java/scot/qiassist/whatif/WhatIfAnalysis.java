package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.Outcome;
import scot.qiassist.evaluation.VariantOutcomes;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.grade.Grade;
import scot.qiassist.whatif.DraftSearch.Tried;

/**
 * Evaluates every one-step change of the evidence (each figure one band up and down, each finding's
 * weight one step, each finding dropped) with the same evaluator as the evidence itself, and keeps
 * the changes that move the grade; with a draft grade the evidence does not give, also the smallest
 * sets of changes that would give it ({@link DraftSearch}).
 *
 * <p>Nearest first: figures, then a finding's weight or mark, then a finding dropped, then a
 * finding added; figures by the percentage points between their range and the band edge they would
 * cross, then in evidence order, the move up before the move down; findings of the evidence by
 * weight, major first, then in evidence order; findings added by weight, minor first (the smaller
 * claim), then by statement.
 */
public final class WhatIfAnalysis {

  static final Comparator<Variant> NEAREST_FIRST =
      Comparator.comparingInt(Variant::tier)
          .thenComparing(v -> v.isFigure() ? v.distance() : 0)
          .thenComparing(
              v ->
                  v.isFigure()
                      ? 0
                      : v.added() == null ? -v.weight().ordinal() : v.weight().ordinal())
          .thenComparing(v -> v.added() != null && v.added().outstanding())
          .thenComparingInt(Variant::index)
          .thenComparing(v -> v.added() == null ? 0 : v.added().statement())
          .thenComparing(
              v ->
                  v.added() == null || v.added().aspect() == null
                      ? -1
                      : v.added().aspect().ordinal())
          .thenComparing(v -> !v.move().equals("up") && !v.move().equals("weight-up"));

  private final Evaluator evaluator;
  private final boolean shared;

  public WhatIfAnalysis(Evaluator evaluator) {
    this(evaluator, true);
  }

  private WhatIfAnalysis(Evaluator evaluator, boolean shared) {
    this.evaluator = evaluator;
    this.shared = shared;
  }

  /**
   * What-if that evaluates every variant whole, in a session of its own, as it did before variants
   * were weighed from the evidence's own facts ({@link VariantOutcomes}): the same answers, more
   * slowly; for tests and benchmarks to compare against.
   */
  public static WhatIfAnalysis evaluatingEachWhole(Evaluator evaluator) {
    return new WhatIfAnalysis(evaluator, false);
  }

  private static GradeView view(Grade grade) {
    return grade == null ? null : new GradeView(grade.value(), grade.label());
  }

  /**
   * The one-step changes that move the grade, and the draft grade tested. Evidence that is not
   * enough to grade has no grade to move, and its answer lists none; a change that would leave the
   * evidence not enough to grade (dropping the only finding of a statement) is not a change of
   * grade and is left out.
   */
  public WhatIf analyse(EvidenceDocument document) {
    List<Variant> oneStep = new Variants(evaluator.rules()).of(document);
    VariantOutcomes outcomes =
        shared ? VariantOutcomes.of(evaluator, document, documents(oneStep)) : null;
    // The evidence's own grade from the same facts when they give it, else from its evaluation.
    Optional<Outcome> own = outcomes == null ? Optional.empty() : outcomes.of(document);
    Evaluation base = own.isPresent() ? null : evaluator.evaluate(document);
    Grade grade =
        own.isPresent() ? own.get().grade() : base.graded() ? Grade.of(base.grade().value()) : null;
    String version = evaluator.rules().version();
    if (grade == null) {
      return new WhatIf(document.partnership(), null, 0, List.of(), null, version);
    }
    Grade draft = document.draftGrade();
    boolean toDraft = draft != null && draft != grade;
    if (toDraft && base == null) {
      base = evaluator.evaluate(document);
    }
    List<Variant> more =
        toDraft
            ? DraftVariants.towards(document, draft.value() > grade.value(), aspectsBorne(base))
            : List.of();
    VariantOutcomes all =
        outcomes == null || more.isEmpty() ? outcomes : outcomes.with(documents(more));
    // Each variant weighed whole has its own session, so the variants can run on every core.
    List<Tried> tried =
        Stream.concat(oneStep.stream(), more.stream())
            .parallel()
            .map(v -> new Tried(v, outcome(all, v, toDraft)))
            .toList();
    List<GradeChange> changes =
        tried.subList(0, oneStep.size()).stream()
            .filter(t -> t.outcome().grade() != null && t.outcome().grade() != grade)
            .sorted(Comparator.comparing(Tried::variant, NEAREST_FIRST))
            .map(t -> GradeChange.of(t.variant(), view(t.outcome().grade())))
            .toList();
    DraftCheck check = null;
    if (draft != null) {
      List<WayToDraft> ways = toDraft ? ways(document, base, draft, tried) : List.of();
      check = DraftCheck.of(draft, grade, changes, ways);
    }
    return new WhatIf(document.partnership(), view(grade), oneStep.size(), changes, check, version);
  }

  private static List<EvidenceDocument> documents(List<Variant> variants) {
    return variants.stream().map(Variant::document).toList();
  }

  /**
   * A variant's grade, with its conclusions when the draft is to be reached: from the evidence's
   * own facts where that gives the same answer, else from its whole evaluation.
   */
  private Outcome outcome(VariantOutcomes outcomes, Variant v, boolean withConclusions) {
    Optional<Outcome> known = outcomes == null ? Optional.empty() : outcomes.of(v.document());
    if (known.isPresent()) {
      return withConclusions ? known.get() : new Outcome(known.get().grade(), List.of());
    }
    return withConclusions
        ? evaluator.outcome(v.document())
        : new Outcome(evaluator.grade(v.document()), List.of());
  }

  private List<WayToDraft> ways(
      EvidenceDocument document, Evaluation base, Grade draft, List<Tried> tried) {
    boolean higher = draft.value() > base.grade().value();
    List<Tried> towards = tried.stream().filter(t -> t.variant().better() == higher).toList();
    DraftSearch search = new DraftSearch(evaluator, document, evaluator.outcome(document), draft);
    List<WayToDraft> ways = new ArrayList<>();
    for (List<Tried> set : search.search(towards)) {
      ways.add(DraftWays.of(evaluator, document, base, draft, set));
    }
    return ways;
  }

  /** The QI 2.1 aspects some strength of the evidence bears on. */
  static Set<Aspect> aspectsBorne(Evaluation base) {
    return base.judgements().stream()
        .filter(j -> j.kind().equals("strength") && j.aspect() != null)
        .map(j -> Aspect.fromId(j.aspect()))
        .collect(Collectors.toSet());
  }
}

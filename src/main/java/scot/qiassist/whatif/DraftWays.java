package scot.qiassist.whatif;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.Grade;
import scot.qiassist.grade.GradeCriteria;
import scot.qiassist.whatif.DraftSearch.Tried;

/** A set of changes that reaches the draft, explained: each change, and the criteria it turns. */
final class DraftWays {

  private DraftWays() {}

  static WayToDraft of(
      Evaluator evaluator,
      EvidenceDocument document,
      Evaluation base,
      Grade draft,
      List<Tried> set) {
    List<Edit> edits = set.stream().map(t -> t.variant().edit()).toList();
    Evaluation changed = evaluator.evaluate(Edit.apply(document, edits));
    Set<String> metBefore = ids(base, true);
    Set<String> unmetBefore = ids(base, false);
    List<CriterionResult> meets =
        criteria(changed, true).stream()
            .filter(c -> c.grade() <= draft.value() && unmetBefore.contains(c.ruleId()))
            .toList();
    List<CriterionResult> fails =
        criteria(changed, false).stream()
            .filter(c -> c.grade() > draft.value() && metBefore.contains(c.ruleId()))
            .toList();
    List<GradeChange> changes =
        set.stream()
            .map(
                t ->
                    GradeChange.of(
                        t.variant(),
                        new GradeView(t.outcome().grade().value(), t.outcome().grade().label())))
            .toList();
    return new WayToDraft(
        changes, changed.grade(), meets, fails, sentence(set, changed, meets, fails));
  }

  private static String sentence(
      List<Tried> set,
      Evaluation changed,
      List<CriterionResult> meets,
      List<CriterionResult> fails) {
    String changes =
        set.stream().map(t -> t.variant().words()).collect(Collectors.joining(", and "));
    String why =
        !meets.isEmpty()
            ? ": it would meet " + quoted(meets)
            : !fails.isEmpty() ? ": it would fail " + quoted(fails) : "";
    return "if " + changes + ", the grade would be " + changed.grade().label() + why;
  }

  private static String quoted(List<CriterionResult> criteria) {
    return criteria.stream().map(c -> "'" + c.text() + "'").collect(Collectors.joining(" and "));
  }

  private static List<CriterionResult> criteria(Evaluation e, boolean met) {
    return e.gradeCriteria().stream()
        .map(g -> met ? g.met() : g.unmet())
        .flatMap(List::stream)
        .toList();
  }

  private static Set<String> ids(Evaluation e, boolean met) {
    return e.gradeCriteria().stream()
        .map(met ? GradeCriteria::met : GradeCriteria::unmet)
        .flatMap(List::stream)
        .map(CriterionResult::ruleId)
        .collect(Collectors.toSet());
  }
}

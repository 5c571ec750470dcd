package scot.qiassist.drafting;

import java.util.List;
import java.util.Optional;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evaluation.StatementPoints;
import scot.qiassist.evidence.EvidenceReader;

/**
 * What the live panel beside a draft's forms shows: the evaluation of the draft with the values
 * being typed, or, while those have a problem, of the draft as saved; the problems of the values
 * typed and of the rest of the draft; and the points of each statement.
 *
 * @param evaluation the evaluation shown, or null when neither the values typed nor the draft as
 *     saved can be evaluated
 * @param asTyped whether the evaluation is of the values typed (else of the draft as saved)
 * @param typed the problems of the form being typed in
 * @param elsewhere the problems of the rest of the draft
 * @param points the points of each statement's strengths and areas for improvement, or empty
 * @param part the form being typed in, or null for the draft as saved
 * @param edited whether anything typed differs from the draft as saved
 */
public record PanelState(
    Evaluation evaluation,
    boolean asTyped,
    List<FieldProblem> typed,
    List<FieldProblem> elsewhere,
    List<StatementPoints> points,
    DraftPart part,
    boolean edited) {

  public PanelState {
    typed = List.copyOf(typed);
    elsewhere = List.copyOf(elsewhere);
    points = List.copyOf(points);
  }

  /**
   * The panel for a draft.
   *
   * @param saved the draft as saved
   * @param part the form being typed in, or null for the draft as saved (every problem is then
   *     elsewhere)
   * @param typed the draft with the form's values as typed (the saved draft when nothing is typed)
   */
  public static PanelState of(
      EvidenceDraft saved,
      DraftPart part,
      EvidenceDraft typed,
      EvidenceReader reader,
      Evaluator evaluator) {
    boolean edited = !typed.equals(saved);
    CheckedDraft checked = CheckedDraft.of(typed, reader);
    List<FieldProblem> ofPart = part == null ? List.of() : checked.problemsOf(part);
    List<FieldProblem> others =
        checked.problems().stream().filter(p -> !p.part().equals(part)).toList();
    if (checked.valid()) {
      return evaluated(
          evaluator.evaluate(checked.evidence()), true, ofPart, others, evaluator, part, edited);
    }
    if (!ofPart.isEmpty() && edited) {
      CheckedDraft asSaved = CheckedDraft.of(saved, reader);
      if (asSaved.valid()) {
        return evaluated(
            evaluator.evaluate(asSaved.evidence()), false, ofPart, others, evaluator, part, true);
      }
    }
    return new PanelState(null, false, ofPart, others, List.of(), part, edited);
  }

  /** A panel with nothing to show: for a page of figures that cannot be read. */
  public static PanelState empty() {
    return new PanelState(null, false, List.of(), List.of(), List.of(), null, false);
  }

  /** The reading of a measure's figure in the evaluation shown, if there is one. */
  public Optional<ReadingView> reading(String measure) {
    if (evaluation == null || measure == null) {
      return Optional.empty();
    }
    return evaluation.readings().stream().filter(r -> r.measure().equals(measure)).findFirst();
  }

  private static PanelState evaluated(
      Evaluation e,
      boolean asTyped,
      List<FieldProblem> typed,
      List<FieldProblem> elsewhere,
      Evaluator evaluator,
      DraftPart part,
      boolean edited) {
    return new PanelState(
        e,
        asTyped,
        typed,
        elsewhere,
        StatementPoints.of(e.judgements(), evaluator.rules().gradeParameters()),
        part,
        edited);
  }
}

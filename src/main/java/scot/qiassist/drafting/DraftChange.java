package scot.qiassist.drafting;

import java.util.List;

/**
 * What came of a change to a draft: saved as its next revision, or refused because a value of the
 * form it came from has a problem (nothing is saved; the form is shown again with what was typed).
 *
 * @param saved the draft as saved, or null when refused
 * @param refused the draft as it would have been, checked, or null when saved
 * @param part the part the change's form edited (a figure or finding added has the number it was
 *     given), or null for a change of no one form (a removal)
 */
public record DraftChange(OpenDraft saved, CheckedDraft refused, DraftPart part) {

  public boolean isSaved() {
    return saved != null;
  }

  /** The problems of the form the change came from; none when it was saved. */
  public List<FieldProblem> problems() {
    return refused == null || part == null ? List.of() : refused.problemsOf(part);
  }
}

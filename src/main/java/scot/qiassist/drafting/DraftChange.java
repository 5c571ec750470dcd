package scot.qiassist.drafting;

/**
 * What came of a change to a draft: saved as its next revision, or refused because a value of the
 * form it came from has a problem (nothing is saved; the form is shown again with what was typed).
 *
 * @param saved the draft as saved, or null when refused
 * @param refused the draft as it would have been, checked, or null when saved
 */
public record DraftChange(OpenDraft saved, CheckedDraft refused) {

  public boolean isSaved() {
    return saved != null;
  }
}

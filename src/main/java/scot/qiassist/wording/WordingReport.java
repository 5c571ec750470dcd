package scot.qiassist.wording;

import java.util.List;

/**
 * What a wording check found in one draft.
 *
 * @param draft the draft's name
 * @param characters how long the draft is, in characters
 * @param sentences how many sentences it has
 * @param quantities how many quantity words and figures it has
 * @param matched how many of those were matched to a measure with confidence
 * @param flags what reads against the standard words or the evidence, in the order of the text
 * @param notes what may, with the matches too weak to flag
 */
public record WordingReport(
    String draft,
    int characters,
    int sentences,
    int quantities,
    int matched,
    List<Flag> flags,
    List<Note> notes) {

  public WordingReport {
    flags = List.copyOf(flags);
    notes = List.copyOf(notes);
  }

  public boolean flagged() {
    return !flags.isEmpty();
  }
}

package scot.qiassist.drafting;

/**
 * The part of a draft one form edits: its details, one figure or one finding.
 *
 * @param item the figure's or finding's id; 0 for the details
 */
public record DraftPart(Kind kind, int item) {

  /** The three kinds of form. */
  public enum Kind {
    DETAILS,
    FIGURE,
    FINDING
  }

  public static final DraftPart DETAILS = new DraftPart(Kind.DETAILS, 0);

  public static DraftPart figure(int id) {
    return new DraftPart(Kind.FIGURE, id);
  }

  public static DraftPart finding(int id) {
    return new DraftPart(Kind.FINDING, id);
  }
}

package scot.qiassist.storage;

import java.time.Instant;

/** An evidence draft as a list shows it. */
public record DraftSummary(
    String id,
    String partnership,
    Instant updatedAt,
    int revision,
    String submittedAs,
    Integer submittedRevision) {

  /** Whether the latest revision is the one submitted to the panel. */
  public boolean submittedAsIs() {
    return submittedRevision != null && submittedRevision == revision;
  }
}

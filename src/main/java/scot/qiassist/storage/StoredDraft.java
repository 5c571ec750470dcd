package scot.qiassist.storage;

import java.time.Instant;

/**
 * An inspector's evidence draft at its latest revision.
 *
 * @param author the inspector it belongs to
 * @param partnership the partnership as last saved, for lists
 * @param revision the latest revision, 1 for a draft just started
 * @param draftJson that revision's values, as the drafting package wrote them
 * @param submittedAs the stored evaluation it was last submitted as, or null
 * @param submittedRevision the revision that was submitted, or null
 * @param submittedAt when, or null
 */
public record StoredDraft(
    String id,
    String author,
    String partnership,
    Instant createdAt,
    Instant updatedAt,
    int revision,
    String draftJson,
    String submittedAs,
    Integer submittedRevision,
    Instant submittedAt) {

  public boolean submitted() {
    return submittedAs != null;
  }
}

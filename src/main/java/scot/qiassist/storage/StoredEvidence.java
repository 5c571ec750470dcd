package scot.qiassist.storage;

import java.time.Instant;

/** The evidence of one stored evaluation as it was posted: a corpus entry for impact. */
public record StoredEvidence(String id, String partnership, Instant createdAt, String json) {

  /** How impact names it: "North Lanarkshire, stored 2024-05-01 (id 3f2a...)". */
  public String name() {
    return partnership + ", stored " + createdAt.toString().substring(0, 10) + " (id " + id + ")";
  }
}

package scot.qiassist.http;

import java.util.Objects;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.EvidenceDrafts;
import scot.qiassist.storage.SessionStore;

/**
 * What the service needs beyond evaluating: the store every posted evaluation and every panel
 * decision goes into, and the pages' sign-in sessions.
 *
 * @param store the evaluations and decisions, in SQLite or PostgreSQL
 * @param sessions the pages' sign-in sessions
 * @param drafts the inspectors' evidence drafts, in the same database
 */
public record ModerationServices(EvaluationStore store, Sessions sessions, EvidenceDrafts drafts) {

  public ModerationServices {
    Objects.requireNonNull(store, "a store of evaluations");
    Objects.requireNonNull(sessions, "the sign-in sessions");
    Objects.requireNonNull(drafts, "the evidence drafts");
  }

  /**
   * The evaluations and the sessions of one database, the one every instance of the service shares;
   * sessions last {@link Sessions#DEFAULT_LIFETIME}.
   */
  public static ModerationServices of(Database database) {
    return new ModerationServices(
        new EvaluationStore(database),
        Sessions.in(new SessionStore(database)),
        new EvidenceDrafts(database));
  }
}

package scot.qiassist.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * The pages' sign-in sessions, in the database every instance of the service shares: a session
 * begun on one instance is found on every other, and signing out on any ends it on all.
 */
public final class SessionStore {

  private final Database database;

  public SessionStore(Database database) {
    this.database = database;
  }

  /**
   * Stores a new session, first removing those expired by {@code now}; when {@code limit} live
   * sessions remain, the one that would end first goes to make room.
   */
  public void start(StoredSession session, Instant now, int limit) {
    database
        .writer()
        .useTransaction(
            h -> {
              h.createUpdate("DELETE FROM sign_in_session WHERE expires_at <= :now")
                  .bind("now", Times.text(now))
                  .execute();
              int live =
                  h.createQuery("SELECT COUNT(*) FROM sign_in_session").mapTo(Integer.class).one();
              if (live >= limit) {
                h.createUpdate(
                        "DELETE FROM sign_in_session WHERE id_sha256 IN (SELECT id_sha256 FROM "
                            + "sign_in_session ORDER BY expires_at, started_at LIMIT :excess)")
                    .bind("excess", live - limit + 1)
                    .execute();
              }
              h.createUpdate(
                      "INSERT INTO sign_in_session (id_sha256, holder, role, token_sha256, form_token, "
                          + "started_at, expires_at) VALUES (:id, :holder, :role, :token, :form, :started, :expires)")
                  .bind("id", session.idSha256())
                  .bind("holder", session.holder())
                  .bind("role", session.role())
                  .bind("token", session.tokenSha256())
                  .bind("form", session.formToken())
                  .bind("started", Times.text(session.started()))
                  .bind("expires", Times.text(session.expires()))
                  .execute();
            });
  }

  /** The session with this cookie hash that has not expired by {@code now}. */
  public Optional<StoredSession> find(String idSha256, Instant now) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT id_sha256, holder, role, token_sha256, form_token, started_at, expires_at "
                            + "FROM sign_in_session WHERE id_sha256 = :id AND expires_at > :now")
                    .bind("id", idSha256)
                    .bind("now", Times.text(now))
                    .map(
                        (rs, ctx) ->
                            new StoredSession(
                                rs.getString("id_sha256"),
                                rs.getString("holder"),
                                rs.getString("role"),
                                rs.getString("token_sha256"),
                                rs.getString("form_token"),
                                Times.instant(rs.getString("started_at")),
                                Times.instant(rs.getString("expires_at"))))
                    .findOne());
  }

  /** Ends a session: signed out, on every instance at once. */
  public void end(String idSha256) {
    database
        .writer()
        .useHandle(
            h ->
                h.createUpdate("DELETE FROM sign_in_session WHERE id_sha256 = :id")
                    .bind("id", idSha256)
                    .execute());
  }
}

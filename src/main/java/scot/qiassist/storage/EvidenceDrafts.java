package scot.qiassist.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Inspectors' evidence drafts, each save a new revision: a draft's revisions are only ever added,
 * and a save names the revision it was made on, so that two saves made on the same revision cannot
 * both succeed (the second gets {@link DraftConflictException} and nothing is written). Safe to
 * share between threads.
 *
 * <p>The store keeps a draft's values as the JSON the drafting package writes; it does not read
 * them. Whose a draft is, is the caller's to check ({@link StoredDraft#author()}).
 */
public final class EvidenceDrafts {

  /** The most drafts a list shows: one inspector's work in progress, newest first. */
  public static final int LIST_LIMIT = 100;

  private static final String COLUMNS =
      "id, author, partnership, revision, created_at, updated_at, submitted_as, "
          + "submitted_revision, submitted_at";

  private final Database database;
  private final Clock clock;

  public EvidenceDrafts(Database database) {
    this(database, Clock.systemUTC());
  }

  public EvidenceDrafts(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Starts a draft at revision 1; returns it once the write is committed. */
  public StoredDraft create(String author, String partnership, String draftJson) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("author: a draft belongs to an inspector");
    }
    String id = UUID.randomUUID().toString();
    String now = Times.text(clock.instant());
    database
        .writer()
        .useTransaction(
            h -> {
              h.createUpdate(
                      "INSERT INTO evidence_draft (id, author, partnership, revision, created_at, updated_at) "
                          + "VALUES (:id, :author, :partnership, 1, :now, :now)")
                  .bind("id", id)
                  .bind("author", author.strip())
                  .bind("partnership", partnership)
                  .bind("now", now)
                  .execute();
              insertRevision(h, id, 1, now, draftJson);
            });
    return find(id).orElseThrow();
  }

  /** The draft with this id at its latest revision; empty if there is none. */
  public Optional<StoredDraft> find(String id) {
    return database
        .jdbi()
        .inTransaction(
            h ->
                h.createQuery(
                        "SELECT d.id, d.author, d.partnership, d.revision, d.created_at, d.updated_at, "
                            + "d.submitted_as, d.submitted_revision, d.submitted_at, r.draft_json "
                            + "FROM evidence_draft d JOIN evidence_draft_revision r "
                            + "ON r.draft_id = d.id AND r.revision = d.revision WHERE d.id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> draft(rs))
                    .findOne());
  }

  /** One author's drafts, the most recently saved first. */
  public List<DraftSummary> list(String author) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM evidence_draft WHERE author = :author "
                            + "ORDER BY updated_at DESC, id LIMIT :limit")
                    .bind("author", author)
                    .bind("limit", LIST_LIMIT)
                    .map(
                        (rs, ctx) ->
                            new DraftSummary(
                                rs.getString("id"),
                                rs.getString("partnership"),
                                Times.instant(rs.getString("updated_at")),
                                rs.getInt("revision"),
                                rs.getString("submitted_as"),
                                wholeOrNull(rs, "submitted_revision")))
                    .list());
  }

  /**
   * Saves the draft's next revision.
   *
   * @param basedOn the revision the change was made on: if another save has replaced it since,
   *     nothing is written and {@link DraftConflictException} is thrown
   * @throws DraftNotFoundException if no draft has the id
   */
  public StoredDraft save(String id, int basedOn, String partnership, String draftJson) {
    String now = Times.text(clock.instant());
    int updated =
        database
            .writer()
            .inTransaction(
                h -> {
                  int rows =
                      h.createUpdate(
                              "UPDATE evidence_draft SET revision = :next, partnership = :partnership, "
                                  + "updated_at = :now WHERE id = :id AND revision = :basedOn")
                          .bind("next", basedOn + 1)
                          .bind("partnership", partnership)
                          .bind("now", now)
                          .bind("id", id)
                          .bind("basedOn", basedOn)
                          .execute();
                  if (rows == 1) {
                    insertRevision(h, id, basedOn + 1, now, draftJson);
                  }
                  return rows;
                });
    if (updated == 0) {
      if (find(id).isEmpty()) {
        throw new DraftNotFoundException(id);
      }
      throw new DraftConflictException(id, basedOn);
    }
    return find(id).orElseThrow();
  }

  /** Records that this revision of the draft was submitted as the stored evaluation given. */
  public void submitted(String id, int revision, String evaluationId) {
    int rows =
        database
            .writer()
            .withHandle(
                h ->
                    h.createUpdate(
                            "UPDATE evidence_draft SET submitted_as = :evaluation, "
                                + "submitted_revision = :revision, submitted_at = :now WHERE id = :id")
                        .bind("evaluation", evaluationId)
                        .bind("revision", revision)
                        .bind("now", Times.text(clock.instant()))
                        .bind("id", id)
                        .execute());
    if (rows == 0) {
      throw new DraftNotFoundException(id);
    }
  }

  /** Every revision of a draft, oldest first. */
  public List<DraftRevision> revisions(String id) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT revision, saved_at, draft_json FROM evidence_draft_revision "
                            + "WHERE draft_id = :id ORDER BY revision")
                    .bind("id", id)
                    .map(
                        (rs, ctx) ->
                            new DraftRevision(
                                rs.getInt("revision"),
                                Times.instant(rs.getString("saved_at")),
                                rs.getString("draft_json")))
                    .list());
  }

  private static void insertRevision(
      Handle h, String id, int revision, String savedAt, String draftJson) {
    h.createUpdate(
            "INSERT INTO evidence_draft_revision (draft_id, revision, saved_at, draft_json) "
                + "VALUES (:id, :revision, :savedAt, :json)")
        .bind("id", id)
        .bind("revision", revision)
        .bind("savedAt", savedAt)
        .bind("json", draftJson)
        .execute();
  }

  private static StoredDraft draft(ResultSet rs) throws SQLException {
    String submittedAt = rs.getString("submitted_at");
    return new StoredDraft(
        rs.getString("id"),
        rs.getString("author"),
        rs.getString("partnership"),
        Times.instant(rs.getString("created_at")),
        Times.instant(rs.getString("updated_at")),
        rs.getInt("revision"),
        rs.getString("draft_json"),
        rs.getString("submitted_as"),
        wholeOrNull(rs, "submitted_revision"),
        submittedAt == null ? null : Instant.parse(submittedAt));
  }

  private static Integer wholeOrNull(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}

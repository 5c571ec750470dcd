package scot.qiassist.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Every check of every rule set version, appended: the latest of a version is its status. */
public final class RulesetChecks {

  private static final String COLUMNS =
      "SELECT id, version, checked_at, checked_by, status, expected_json, report_json "
          + "FROM ruleset_check ";

  private final Database database;

  public RulesetChecks(Database database) {
    this.database = database;
  }

  /** Stores a version if it is new (with where it came from) and a check of it, at once. */
  public void save(StoredVersion version, Map<String, String> files, StoredCheck check) {
    database
        .writer()
        .useTransaction(
            h -> {
              RulesetVersions.save(h, version, files);
              h.createUpdate(
                      "INSERT INTO ruleset_check (id, version, checked_at, checked_by, status, "
                          + "expected_json, report_json) VALUES (:id, :version, :at, :by, "
                          + ":status, :expected, :report)")
                  .bind("id", check.id())
                  .bind("version", check.version())
                  .bind("at", Times.text(check.at()))
                  .bind("by", check.by())
                  .bind("status", check.status())
                  .bind("expected", check.expectedJson())
                  .bind("report", check.reportJson())
                  .execute();
            });
  }

  /** The latest check of a version, if it was ever checked. */
  public Optional<StoredCheck> latest(String version) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        COLUMNS + "WHERE version = :version ORDER BY checked_at DESC, id LIMIT 1")
                    .bind("version", version)
                    .map((rs, ctx) -> check(rs))
                    .findOne());
  }

  /** The status of the latest check of each version that has one. */
  public Map<String, String> latestStatuses() {
    Map<String, String> statuses = new HashMap<>();
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        "SELECT c.version, c.status FROM ruleset_check c WHERE c.checked_at = "
                            + "(SELECT MAX(d.checked_at) FROM ruleset_check d "
                            + "WHERE d.version = c.version) ORDER BY c.id")
                    .map((rs, ctx) -> Map.entry(rs.getString("version"), rs.getString("status")))
                    .forEach(e -> statuses.put(e.getKey(), e.getValue())));
    return statuses;
  }

  /** Every check of a version, newest first. */
  public List<StoredCheck> of(String version) {
    return database.jdbi().withHandle(h -> list(h, version));
  }

  private static List<StoredCheck> list(Handle h, String version) {
    return h.createQuery(COLUMNS + "WHERE version = :version ORDER BY checked_at DESC, id")
        .bind("version", version)
        .map((rs, ctx) -> check(rs))
        .list();
  }

  private static StoredCheck check(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredCheck(
        rs.getString("id"),
        rs.getString("version"),
        Times.instant(rs.getString("checked_at")),
        rs.getString("checked_by"),
        rs.getString("status"),
        rs.getString("expected_json"),
        rs.getString("report_json"));
  }
}

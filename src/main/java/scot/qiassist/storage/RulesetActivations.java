package scot.qiassist.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Which rule set version is in service, shared by every instance over one database: the history of
 * activations (the latest is in service) and the reloads tried.
 */
public final class RulesetActivations {

  private static final String HISTORY =
      "SELECT a.sequence, a.version, a.activated_at, a.activated_by, a.note, a.summary_json, "
          + "f.path, f.sha256 "
          + "FROM ruleset_activation a JOIN ruleset_file f ON f.version = a.version ";

  private final Database database;

  public RulesetActivations(Database database) {
    this.database = database;
  }

  /**
   * Puts a version in service, writing it and its files first: only if the latest activation is
   * still number {@code after} (0: none), so that of two instances activating at once one wins and
   * the other hears so. {@code switchTo} runs inside the transaction, before the commit: it
   * switches this instance to the new activation and returns the moment it did, which is the time
   * the history records. If the commit fails after that, the caller hears it as an exception.
   *
   * @param note why it was put in service, or null
   * @param summary the summary (JSON) of the check it rested on, or null
   * @param switchTo puts the activation with this number in service on this instance and returns
   *     the moment it did, a whole millisecond (the precision the database keeps)
   * @throws ActivationConflictException when another activation came first; nothing is written
   */
  public StoredActivation activate(
      String version,
      Map<String, String> files,
      String by,
      String note,
      String summary,
      long after,
      LongFunction<Instant> switchTo) {
    return record(version, files, by, note, summary, after, switchTo);
  }

  /**
   * Puts a version in service on top of whatever activation is the latest when it is written: of
   * two activations at once, both are recorded and the later one is in service. On PostgreSQL two
   * writers may take the same number; the second then hears {@link ActivationConflictException} and
   * asks again.
   */
  public StoredActivation activateOnTop(
      String version,
      Map<String, String> files,
      String by,
      String note,
      String summary,
      LongFunction<Instant> switchTo) {
    return record(version, files, by, note, summary, null, switchTo);
  }

  private StoredActivation record(
      String version,
      Map<String, String> files,
      String by,
      String note,
      String summary,
      Long expectedLatest,
      LongFunction<Instant> switchTo) {
    try {
      return database
          .writer()
          .inTransaction(
              h -> {
                RulesetVersions.save(h, version, files, Instant.now());
                long latest =
                    h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM ruleset_activation")
                        .mapTo(Long.class)
                        .one();
                if (expectedLatest != null && latest != expectedLatest) {
                  throw new ActivationConflictException(version, expectedLatest);
                }
                Map<String, String> hashes = new TreeMap<>();
                files.forEach((path, text) -> hashes.put(path, RulesetVersions.sha256(text)));
                // The time recorded is the moment this instance switched, as the switch gives it.
                Instant at = switchTo.apply(latest + 1);
                StoredActivation activation =
                    new StoredActivation(latest + 1, version, at, by, hashes, note, summary);
                h.createUpdate(
                        "INSERT INTO ruleset_activation (sequence, version, activated_at, "
                            + "activated_by, note, summary_json) "
                            + "VALUES (:sequence, :version, :at, :by, :note, :summary)")
                    .bind("sequence", latest + 1)
                    .bind("version", version)
                    .bind("at", Times.text(at))
                    .bind("by", by)
                    .bind("note", note)
                    .bind("summary", summary)
                    .execute();
                return activation;
              });
    } catch (UnableToExecuteStatementException e) {
      if (Conflicts.isKeyCollision(e)) {
        throw new ActivationConflictException(
            version, expectedLatest == null ? latestSequence() : expectedLatest);
      }
      throw e;
    }
  }

  /** The number of the latest activation, 0 when there is none: cheap enough to ask often. */
  public long latestSequence() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM ruleset_activation")
                    .mapTo(Long.class)
                    .one());
  }

  /** The activation in service, if any version was ever put in service. */
  public Optional<StoredActivation> latest() {
    return database
        .jdbi()
        .withHandle(
            h -> {
              List<StoredActivation> latest =
                  query(h, "WHERE a.sequence = (SELECT MAX(sequence) FROM ruleset_activation)");
              return latest.stream().findFirst();
            });
  }

  /** Every activation, oldest first. */
  public List<StoredActivation> history() {
    return database.jdbi().withHandle(h -> query(h, ""));
  }

  /** Whether this version was ever put in service, on any instance. */
  public boolean wasActivated(String version) {
    return database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM ruleset_activation WHERE version = :version")
                        .bind("version", version)
                        .mapTo(Integer.class)
                        .one())
        > 0;
  }

  /** Records a reload tried, activated or refused. */
  public void recordReload(StoredReload reload) {
    database
        .writer()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO ruleset_reload (id, tried_at, tried_by, activated, version, "
                            + "errors_json, examples_json) VALUES (:id, :at, :by, :activated, :version, :errors, :examples)")
                    .bind("id", UUID.randomUUID().toString())
                    .bind("at", Times.text(reload.at()))
                    .bind("by", reload.by())
                    .bind("activated", reload.activated() ? 1 : 0)
                    .bind("version", reload.version())
                    .bind("errors", StoredJson.write(reload.errors()))
                    .bind("examples", StoredJson.write(reload.examples()))
                    .execute());
  }

  /** The latest reload tried, on any instance. */
  public Optional<StoredReload> lastReload() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT tried_at, tried_by, activated, version, errors_json, examples_json "
                            + "FROM ruleset_reload ORDER BY tried_at DESC LIMIT 1")
                    .map(
                        (rs, ctx) ->
                            new StoredReload(
                                Times.instant(rs.getString("tried_at")),
                                rs.getString("tried_by"),
                                rs.getInt("activated") == 1,
                                rs.getString("version"),
                                StoredJson.problems(rs.getString("errors_json")),
                                StoredJson.strings(rs.getString("examples_json"))))
                    .findOne());
  }

  private record Row(
      long sequence,
      String version,
      Instant at,
      String by,
      String note,
      String summary,
      String path,
      String sha256) {}

  /** The where clause is one of the constants above, never input. */
  private static List<StoredActivation> query(Handle h, String where) {
    List<Row> rows =
        h.createQuery(HISTORY + where + " ORDER BY a.sequence, f.path")
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getLong("sequence"),
                        rs.getString("version"),
                        Times.instant(rs.getString("activated_at")),
                        rs.getString("activated_by"),
                        rs.getString("note"),
                        rs.getString("summary_json"),
                        rs.getString("path"),
                        rs.getString("sha256")))
            .list();
    Map<Long, Row> first = new LinkedHashMap<>();
    Map<Long, Map<String, String>> files = new LinkedHashMap<>();
    for (Row row : rows) {
      first.putIfAbsent(row.sequence(), row);
      files.computeIfAbsent(row.sequence(), s -> new TreeMap<>()).put(row.path(), row.sha256());
    }
    List<StoredActivation> activations = new ArrayList<>();
    first.forEach(
        (sequence, row) ->
            activations.add(
                new StoredActivation(
                    sequence,
                    row.version(),
                    row.at(),
                    row.by(),
                    files.get(sequence),
                    row.note(),
                    row.summary())));
    return activations;
  }
}

package scot.qiassist.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Rule set versions by their id (the hash every result names) with the path and text of each file,
 * so that any instance can build a version again from the database alone. A version is written
 * once; writing it again changes nothing, since the same id means the same files.
 */
public final class RulesetVersions {

  private final Database database;

  public RulesetVersions(Database database) {
    this.database = database;
  }

  /** The files of a version, path to text; empty when the database does not hold it. */
  public Map<String, String> files(String version) {
    Map<String, String> files = new TreeMap<>();
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT path, content FROM ruleset_file WHERE version = :version")
                    .bind("version", version)
                    .map((rs, ctx) -> Map.entry(rs.getString("path"), rs.getString("content")))
                    .forEach(e -> files.put(e.getKey(), e.getValue())));
    return files;
  }

  /** Whether the database holds this version. */
  public boolean exists(String version) {
    return find(version).isPresent();
  }

  /** A version without its files, if the database holds it. */
  public Optional<StoredVersion> find(String version) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(COLUMNS + "WHERE version = :version")
                    .bind("version", version)
                    .map((rs, ctx) -> version(rs))
                    .findOne());
  }

  /** Every version, newest first. */
  public List<StoredVersion> list() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(COLUMNS + "ORDER BY created_at DESC, version")
                    .map((rs, ctx) -> version(rs))
                    .list());
  }

  /**
   * Stores a version and its files with where it came from, unless the database holds it already: a
   * version is written once, and the first writing says where it came from.
   *
   * @return whether it was new
   */
  public boolean save(StoredVersion version, Map<String, String> files) {
    return database.writer().inTransaction(h -> save(h, version, files));
  }

  static boolean save(Handle h, StoredVersion v, Map<String, String> files) {
    int inserted =
        h.createUpdate(
                "INSERT INTO ruleset_version (version, created_at, parent, created_by, origin) "
                    + "VALUES (:version, :at, :parent, :by, :origin) "
                    + "ON CONFLICT (version) DO NOTHING")
            .bind("version", v.version())
            .bind("at", Times.text(v.createdAt()))
            .bind("parent", v.parent())
            .bind("by", v.createdBy())
            .bind("origin", v.origin())
            .execute();
    saveFiles(h, v.version(), files);
    return inserted > 0;
  }

  private static final String COLUMNS =
      "SELECT version, created_at, parent, created_by, origin FROM ruleset_version ";

  private static StoredVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredVersion(
        rs.getString("version"),
        Times.instant(rs.getString("created_at")),
        rs.getString("parent"),
        rs.getString("created_by"),
        rs.getString("origin"));
  }

  /** Writes a version and its files, within the caller's transaction; nothing if already there. */
  static void save(Handle h, String version, Map<String, String> files, Instant at) {
    save(h, new StoredVersion(version, at, null, null, null), files);
  }

  private static void saveFiles(Handle h, String version, Map<String, String> files) {
    var batch =
        h.prepareBatch(
            "INSERT INTO ruleset_file (version, path, sha256, content) VALUES (:version, :path, "
                + ":sha256, :content) ON CONFLICT (version, path) DO NOTHING");
    new TreeMap<>(files)
        .forEach(
            (path, content) ->
                batch
                    .bind("version", version)
                    .bind("path", path)
                    .bind("sha256", sha256(content))
                    .bind("content", content)
                    .add());
    if (!files.isEmpty()) {
      batch.execute();
    }
  }

  /** The SHA-256 of a text, in hex: how a file of a version, a session and a token are named. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

package scot.qiassist.storage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where evaluations are stored: a JDBC URL for SQLite ({@code jdbc:sqlite:FILE}) or PostgreSQL
 * ({@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=...&password=...}), checked when given.
 *
 * @param url the JDBC URL as given
 * @param kind which database it names
 */
public record DatabaseUrl(String url, Kind kind) {

  /** The database QI Assist uses when none is named: a SQLite file, created on first use. */
  public static final String DEFAULT = "jdbc:sqlite:data/qi-assist.db";

  /** The databases QI Assist stores evaluations in. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRESQL = "jdbc:postgresql:";
  private static final String EXPECTED =
      "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE";

  public DatabaseUrl {
    if (url == null || kind == null) {
      throw new IllegalArgumentException("a database URL needs its text and its kind");
    }
  }

  /**
   * Reads a JDBC URL as {@code --db} gives it.
   *
   * @throws UnsupportedDatabaseException naming the URL (without its password) and what is
   *     expected, for anything but a SQLite file or a PostgreSQL server
   */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new UnsupportedDatabaseException("--db: no database URL given; " + EXPECTED);
    }
    String text = url.trim();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SQLITE)) {
      String file = sqliteFile(text);
      if (file.isEmpty() || file.startsWith(":memory:") || lower.contains("mode=memory")) {
        throw new UnsupportedDatabaseException(
            "--db '"
                + text
                + "': QI Assist needs a SQLite file that outlives the program, such as "
                + DEFAULT
                + "; "
                + EXPECTED);
      }
      return new DatabaseUrl(text, Kind.SQLITE);
    }
    if (lower.startsWith(POSTGRESQL + "//")) {
      return new DatabaseUrl(text, Kind.POSTGRESQL);
    }
    throw new UnsupportedDatabaseException(
        "--db '"
            + redacted(text)
            + "' is not a database QI Assist can store evaluations in; "
            + EXPECTED);
  }

  public static DatabaseUrl defaultUrl() {
    return parse(DEFAULT);
  }

  /** The SQLite file, for creating its directory before first use; null for PostgreSQL. */
  public Path sqliteFile() {
    return kind == Kind.SQLITE ? Path.of(sqliteFile(url)) : null;
  }

  private static String sqliteFile(String url) {
    String rest = url.substring(SQLITE.length());
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    int query = rest.indexOf('?');
    return query < 0 ? rest : rest.substring(0, query);
  }

  /** The URL with any password hidden, for messages and logs. */
  public static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return redacted(url);
  }
}

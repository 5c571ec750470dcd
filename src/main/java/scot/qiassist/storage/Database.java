package scot.qiassist.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open store of evaluations: the database at a URL, brought up to the latest schema by the one
 * set of migrations that serves SQLite and PostgreSQL alike.
 */
public final class Database {

  /** Where the migrations are on the classpath. */
  static final String MIGRATIONS = "classpath:scot/qiassist/storage/migration";

  /** How long a SQLite connection waits for another writer before it gives up, in ms. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

  private final DatabaseUrl url;
  private final Jdbi jdbi;

  private Database(DatabaseUrl url, Jdbi jdbi) {
    this.url = url;
    this.jdbi = jdbi;
  }

  /**
   * Opens the database, creating a SQLite file and its directory on first use, and applies any
   * migration not yet applied.
   *
   * @throws StorageException naming the database when it cannot be reached or migrated
   */
  public static Database open(DatabaseUrl url) {
    DataSource source =
        switch (url.kind()) {
          case SQLITE -> sqlite(url);
          case POSTGRESQL -> postgresql(url);
        };
    try {
      Flyway.configure()
          .dataSource(source)
          .locations(MIGRATIONS)
          .javaMigrations(new AppendOnlyMigration())
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StorageException(
          "the database " + url + " could not be opened or brought up to date: " + firstLine(e), e);
    }
    return new Database(url, Jdbi.create(source));
  }

  public static Database open(String url) {
    return open(DatabaseUrl.parse(url));
  }

  public DatabaseUrl url() {
    return url;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  /**
   * SQLite in write-ahead-log mode with synchronous=FULL: a commit is on disk (the log is fsynced)
   * before it returns, so an acknowledged write survives the process being killed and the machine
   * losing power. Each connection waits for a busy writer rather than failing.
   */
  private static DataSource sqlite(DatabaseUrl url) {
    Path file = url.sqliteFile().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StorageException(
          "the directory for the database " + url + " could not be created: " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url.url());
    return source;
  }

  private static DataSource postgresql(DatabaseUrl url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url.url());
    return source;
  }

  private static String firstLine(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return DatabaseUrl.redacted(message.strip().lines().findFirst().orElse(message));
  }
}

package scot.qiassist.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open store of evaluations: the database at a URL, brought up to the latest schema by the one
 * set of migrations that serves SQLite and PostgreSQL alike, with its connections pooled.
 *
 * <p>PostgreSQL has one pool, for reads and writes. SQLite takes one writer at a time, whatever the
 * number of connections: it has a pool of readers and a pool of exactly one writer, whose
 * transactions begin IMMEDIATE (they take the write lock when they begin, so none fails half-way on
 * finding another writer). Writers of this process queue for the one connection in order; another
 * process writing to the same file is waited for up to the busy timeout. In write-ahead log mode
 * readers never wait for the writer.
 */
public final class Database implements AutoCloseable {

  /** Where the migrations are on the classpath. */
  static final String MIGRATIONS = "classpath:scot/qiassist/storage/migration";

  /** How long a SQLite connection waits for another writer before it gives up, in ms. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

  /** SQLite's readers: reads run side by side in WAL mode; two cores need no more. */
  static final int SQLITE_READERS = 4;

  /**
   * PostgreSQL's connections per instance: a few more than the cores that run the requests, so that
   * a request waiting on the network does not hold up the next.
   */
  static final int POSTGRESQL_CONNECTIONS = 8;

  /** How long a pooled connection may stay idle before it is closed. */
  static final Duration IDLE = Duration.ofSeconds(30);

  private final DatabaseUrl url;
  private final List<HikariDataSource> pools;
  private final Jdbi reads;
  private final Jdbi writes;
  private final GroupCommit together;

  private Database(DatabaseUrl url, List<HikariDataSource> pools, Jdbi reads, Jdbi writes) {
    this.url = url;
    this.pools = pools;
    this.reads = reads;
    this.writes = writes;
    this.together = new GroupCommit(writes);
  }

  /**
   * Opens the database, creating a SQLite file and its directory on first use, and applies any
   * migration not yet applied.
   *
   * @throws StorageException naming the database when it cannot be reached or migrated
   */
  public static Database open(DatabaseUrl url) {
    List<HikariDataSource> pools = new ArrayList<>();
    try {
      HikariDataSource writer;
      HikariDataSource reader;
      if (url.kind() == DatabaseUrl.Kind.SQLITE) {
        Path file = sqliteFile(url);
        writer = pool(pools, "qi-assist-writer", sqlite(url, file, true), 1);
        migrate(url, writer);
        reader = pool(pools, "qi-assist-readers", sqlite(url, file, false), SQLITE_READERS);
      } else {
        writer = pool(pools, "qi-assist", postgresql(url), POSTGRESQL_CONNECTIONS);
        migrate(url, writer);
        reader = writer;
      }
      return new Database(url, List.copyOf(pools), Jdbi.create(reader), Jdbi.create(writer));
    } catch (RuntimeException e) {
      pools.forEach(HikariDataSource::close);
      if (e instanceof StorageException) {
        throw e;
      }
      throw new StorageException(
          "the database " + url + " could not be opened: " + firstLine(e), e);
    }
  }

  public static Database open(String url) {
    return open(DatabaseUrl.parse(url));
  }

  public DatabaseUrl url() {
    return url;
  }

  /** For reading: a snapshot of what is committed. */
  Jdbi jdbi() {
    return reads;
  }

  /** For writing; on SQLite the one writer. */
  Jdbi writer() {
    return writes;
  }

  /**
   * Runs a write that other writes arriving at the same time may share a transaction with, and
   * returns once it is committed: for independent inserts, such as one request's evaluation.
   */
  void writeTogether(java.util.function.Consumer<org.jdbi.v3.core.Handle> write) {
    together.write(write);
  }

  /** Commits the writes waiting, then closes every pooled connection; not used after. */
  @Override
  public void close() {
    together.close();
    pools.forEach(HikariDataSource::close);
  }

  private static void migrate(DatabaseUrl url, DataSource source) {
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
  }

  /**
   * A pool that opens its first connection at once (a database that cannot be reached fails here,
   * with its reason) and closes connections idle for {@link #IDLE}: a serving instance keeps one
   * open all the same (it asks for the rule set in service twice a second), and a command or test
   * that leaves a database open does not keep a server's connections for long.
   */
  private static HikariDataSource pool(
      List<HikariDataSource> pools, String name, DataSource source, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setDataSource(source);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setIdleTimeout(IDLE.toMillis());
    config.setConnectionTimeout(SQLITE_BUSY_TIMEOUT_MS + 5_000L);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  private static Path sqliteFile(DatabaseUrl url) {
    Path file = url.sqliteFile().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StorageException(
          "the directory for the database " + url + " could not be created: " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * SQLite in write-ahead-log mode with synchronous=FULL: a commit is on disk (the log is fsynced)
   * before it returns, so an acknowledged write survives the process being killed and the machine
   * losing power. Each connection waits for a busy writer rather than failing.
   */
  private static DataSource sqlite(DatabaseUrl url, Path file, boolean writer) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    if (writer) {
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }
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

package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * The databases the storage tests run against: SQLite in a temporary file always, and PostgreSQL at
 * the JDBC URL in {@code QI_ASSIST_TEST_POSTGRES}. Without that variable the PostgreSQL cases are
 * skipped with a message, except in CI ({@code CI=true}), where they fail: CI starts PostgreSQL and
 * must test against it.
 */
public final class Databases {

  public static final String POSTGRES_VARIABLE = "QI_ASSIST_TEST_POSTGRES";

  /** One kind of database under test. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private static final List<String> CREATED = new CopyOnWriteArrayList<>();

  private Databases() {}

  /** Both kinds, named for test display: SQLite, PostgreSQL. */
  public static Stream<Named<Kind>> kinds() {
    return Stream.of(Named.of("SQLite", Kind.SQLITE), Named.of("PostgreSQL", Kind.POSTGRESQL));
  }

  /** A URL for an empty database of this kind: a new file, or a new schema on the server. */
  public static String freshUrl(Kind kind, Path temp) {
    return switch (kind) {
      case SQLITE -> "jdbc:sqlite:" + temp.resolve("store-" + UUID.randomUUID() + "/qi-assist.db");
      case POSTGRESQL -> freshSchema(postgresUrl());
    };
  }

  /** A freshly migrated, empty database of this kind. */
  public static Database fresh(Kind kind, Path temp) {
    return Database.open(freshUrl(kind, temp));
  }

  /** The PostgreSQL URL from the environment; skips (or in CI fails) the test without it. */
  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_VARIABLE);
    if (url == null || url.isBlank()) {
      String message =
          POSTGRES_VARIABLE
              + " is not set, so the PostgreSQL cases do not run; set it to a JDBC URL such as "
              + "jdbc:postgresql://localhost:5432/qiassist?user=qiassist&password=qiassist (.ci/postgres starts one)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("In CI the storage tests must run against PostgreSQL: " + message);
      }
      Assumptions.abort(message);
    }
    return url;
  }

  private static String freshSchema(String url) {
    String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail(
          "PostgreSQL at "
              + DatabaseUrl.redacted(url)
              + " could not be reached: "
              + e.getMessage());
    }
    dropAtExit(url, schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * The test schemas go when the test run ends, so that the database does not fill up with them.
   */
  private static synchronized void dropAtExit(String url, String schema) {
    if (CREATED.isEmpty()) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (Connection c = DriverManager.getConnection(url)) {
                      for (String created : CREATED) {
                        c.createStatement()
                            .execute("DROP SCHEMA IF EXISTS " + created + " CASCADE");
                      }
                    } catch (SQLException e) {
                      System.err.println(
                          "The test schemas could not be dropped: " + e.getMessage());
                    }
                  }));
    }
    CREATED.add(schema);
  }
}

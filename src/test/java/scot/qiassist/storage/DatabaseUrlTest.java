package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --db URL: a SQLite file or a PostgreSQL server, and a clear refusal of anything else. */
class DatabaseUrlTest {

  @TempDir Path temp;

  @Test
  void a_sqlite_url_names_a_file() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:data/qi-assist.db");

    assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE);
    assertThat(url.sqliteFile()).isEqualTo(Path.of("data/qi-assist.db"));
    assertThat(DatabaseUrl.parse("jdbc:sqlite:file:/tmp/x.db?cache=shared").sqliteFile())
        .isEqualTo(Path.of("/tmp/x.db"));
  }

  @Test
  void a_postgresql_url_names_a_server_and_its_password_is_never_shown() {
    DatabaseUrl url =
        DatabaseUrl.parse("jdbc:postgresql://localhost:5432/qiassist?user=q&password=secret");

    assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
    assertThat(url.toString())
        .isEqualTo("jdbc:postgresql://localhost:5432/qiassist?user=q&password=***");
  }

  @Test
  void another_database_is_refused_with_what_is_expected_and_without_its_password() {
    assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:mysql://db/qi?password=secret"))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessage(
            "--db 'jdbc:mysql://db/qi?password=***' is not a database QI Assist can store evaluations in; "
                + "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE");
    assertThatThrownBy(() -> DatabaseUrl.parse("data/qi-assist.db"))
        .isInstanceOf(UnsupportedDatabaseException.class);
  }

  @Test
  void an_in_memory_sqlite_database_is_refused_because_it_would_not_outlive_the_program() {
    assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlite::memory:"))
        .hasMessage(
            "--db 'jdbc:sqlite::memory:': QI Assist needs a SQLite file that outlives the program, such as "
                + "jdbc:sqlite:data/qi-assist.db; expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void a_sqlite_database_and_its_directory_are_created_on_first_use_in_write_ahead_log_mode() {
    Path file = temp.resolve("data/nested/qi-assist.db");

    Database database = Database.open("jdbc:sqlite:" + file);

    assertThat(Files.isRegularFile(file)).isTrue();
    assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
    assertThat(pragma(database, "synchronous")).as("2 is FULL").isEqualTo("2");
    assertThat(pragma(database, "busy_timeout")).isEqualTo("10000");
  }

  private static String pragma(Database database, String name) {
    String value =
        database.jdbi().withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    return value;
  }

  @Test
  void a_server_that_cannot_be_reached_is_named_in_the_error() {
    assertThatThrownBy(
            () ->
                Database.open(
                    "jdbc:postgresql://127.0.0.1:1/nothing?user=u&password=secret&connectTimeout=2"))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "the database jdbc:postgresql://127.0.0.1:1/nothing?user=u&password=***&connectTimeout=2 could not be opened")
        .hasMessageNotContaining("secret");
  }
}

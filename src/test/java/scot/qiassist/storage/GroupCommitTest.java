package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writes that arrive together share a commit, and each caller still gets its own outcome. */
class GroupCommitTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void every_write_of_many_callers_at_once_is_committed_before_its_caller_returns(
      Databases.Kind kind) throws Exception {
    try (Database database = Databases.fresh(kind, temp)) {
      String table = table(database);
      List<CompletableFuture<Void>> callers = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        int caller = c;
        callers.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    int value = caller * 100 + i;
                    database.writeTogether(
                        h -> h.execute("INSERT INTO " + table + " (x) VALUES (?)", value));
                    // Committed when the call returns: a reader sees it at once.
                    assertThat(count(database, table, "x = " + value)).isEqualTo(1);
                  }
                }));
      }
      CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

      assertThat(count(database, table, "1 = 1")).isEqualTo(160);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_write_that_fails_in_a_shared_commit_fails_alone_and_the_others_are_kept(
      Databases.Kind kind) throws Exception {
    try (Database database = Databases.fresh(kind, temp)) {
      String table = table(database);
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // The first write holds the committing thread, so the next two queue and share a batch.
      CompletableFuture<Void> first =
          CompletableFuture.runAsync(
              () ->
                  database.writeTogether(
                      h -> {
                        holding.countDown();
                        await(release);
                        h.execute("INSERT INTO " + table + " (x) VALUES (1)");
                      }));
      assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> bad =
          CompletableFuture.runAsync(
              () ->
                  database.writeTogether(
                      h -> h.execute("INSERT INTO " + table + " (x) VALUES (NULL)")));
      CompletableFuture<Void> good =
          CompletableFuture.runAsync(
              () ->
                  database.writeTogether(
                      h -> h.execute("INSERT INTO " + table + " (x) VALUES (3)")));
      Thread.sleep(200);
      release.countDown();

      first.get(60, TimeUnit.SECONDS);
      good.get(60, TimeUnit.SECONDS);
      assertThatThrownBy(() -> bad.get(60, TimeUnit.SECONDS)).hasMessageContaining("NULL");
      assertThat(count(database, table, "1 = 1")).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_write_asked_for_after_the_database_closed_is_refused_and_nothing_is_written(
      Databases.Kind kind) {
    Database database = Databases.fresh(kind, temp);
    String table = table(database);
    database.close();

    assertThatThrownBy(
            () ->
                database.writeTogether(h -> h.execute("INSERT INTO " + table + " (x) VALUES (1)")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("nothing was written");
  }

  private static String table(Database database) {
    String name = "group_commit_" + Long.toHexString(System.nanoTime());
    database.writer().useHandle(h -> h.execute("CREATE TABLE " + name + " (x INTEGER NOT NULL)"));
    return name;
  }

  private static long count(Database database, String table, String where) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)
                    .mapTo(Long.class)
                    .one());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package scot.qiassist.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RepositoryRules;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.Databases;
import scot.qiassist.storage.StoredActivation;

/**
 * Two instances over one database putting two versions in service at the same moment: both
 * activations are recorded, the later one is in service, and both instances end up serving it
 * whole. On SQLite and PostgreSQL.
 */
class ActivationRaceTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  @TempDir Path temp;

  private static RuleSet changed(String comment) throws Exception {
    Map<String, String> files = new TreeMap<>(RepositoryRules.get().sources());
    files.put(PLANNING, files.get(PLANNING) + "\n// " + comment + "\n");
    return new RuleSetLoader().load(RepositoryRules.DIRECTORY.toString(), files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void two_activations_at_once_are_both_recorded_and_both_instances_serve_the_later(
      Databases.Kind kind) throws Exception {
    String url = Databases.freshUrl(kind, temp);
    Duration poll = Duration.ofMillis(100);
    List<RuleSet> versions = List.of(changed("first"), changed("second"));
    try (Database a = Database.open(url);
        Database b = Database.open(url);
        RulesInService one = RulesInService.start(a, RepositoryRules.get(), poll);
        RulesInService two = RulesInService.start(b, RepositoryRules.get(), poll)) {
      List<RulesInService> instances = List.of(one, two);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      for (int round = 0; round < 3; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StoredActivation>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          RulesInService instance = instances.get(i);
          RuleSet version = versions.get((i + round) % 2);
          both.add(
              pool.submit(
                  () -> {
                    go.await();
                    return instance.activateOnTop(version, "policy", "race", null);
                  }));
        }
        go.countDown();
        List<Long> sequences = new ArrayList<>();
        for (Future<StoredActivation> f : both) {
          sequences.add(f.get().sequence());
        }

        assertThat(sequences).doesNotHaveDuplicates();
        List<Activation> history = one.history();
        Activation last = history.get(history.size() - 1);
        Instant deadline = Instant.now().plusSeconds(60);
        while ((!one.current().version().equals(last.version())
                || !two.current().version().equals(last.version()))
            && Instant.now().isBefore(deadline)) {
          Thread.sleep(50);
        }
        assertThat(one.current().version()).isEqualTo(last.version());
        assertThat(two.current().version()).isEqualTo(last.version());
        assertThat(versions.stream().map(RuleSet::version))
            .as("each instance serves one whole version of the two, never a mix")
            .contains(one.current().version(), two.current().version());
        assertThat(history).hasSize(1 + 2 * (round + 1));
      }
      pool.shutdown();
    }
  }
}

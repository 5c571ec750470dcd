package scot.qiassist.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.Database;

class RuleSetReloaderTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

  @TempDir Path temp;
  private RulesCopy rules;
  private Database database;
  private RulesInService active;
  private RuleSetReloader reloader;

  @BeforeEach
  void serviceWithACopyOfTheRules() throws Exception {
    rules = RulesCopy.in(temp.resolve("rules"));
    RuleSet initial = new RuleSetLoader().load(rules.directory);
    database = Database.open("jdbc:sqlite:" + temp.resolve("qi-assist.db"));
    active = RulesInService.start(database, initial);
    reloader =
        new RuleSetReloader(
            rules.directory,
            RepositoryRules.EXAMPLES,
            active,
            // these tests are about reloading, not isolation: the child process is tested in
            // CandidateIsolationTest, and trusted test files run here to keep the suite quick
            new InProcessRunner());
  }

  @AfterEach
  void close() {
    active.close();
    database.close();
  }

  @Test
  void a_change_that_keeps_every_example_is_activated_and_recorded() {
    String before = active.current().version();
    rules.append(PLANNING, "\n// reviewed again on 2026-11-26\n");

    ReloadResult result = reloader.reload("policy");

    assertThat(result.activated()).isTrue();
    assertThat(active.current().version()).isEqualTo(result.version()).isNotEqualTo(before);
    assertThat(reloader.history()).extracting(Activation::by).containsExactly("start-up", "policy");
    assertThat(reloader.history().get(1).files()).containsKey(PLANNING);
  }

  @Test
  void a_broken_rule_file_is_refused_and_the_last_good_rules_stay_in_service() {
    RuleSet before = active.current();
    rules.replace(PLANNING, "then\n", "then\n    insert( ;\n");

    ReloadResult result = reloader.reload("file watcher");

    assertThat(result.activated()).isFalse();
    assertThat(result.errors())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo(PLANNING));
    assertThat(active.current()).isSameAs(before);
    assertThat(reloader.last()).isEqualTo(result);
    assertThat(reloader.history()).hasSize(1);
  }

  @Test
  void a_change_that_alters_an_example_outcome_is_refused_with_the_difference() {
    RuleSet before = active.current();
    rules.replace(
        "grade/grade-parameters.csv",
        "very-good-important-areas,2,",
        "very-good-important-areas,1,");

    ReloadResult result = reloader.reload("policy");

    assertThat(result.activated()).isFalse();
    assertThat(result.examples())
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains("north-lanarkshire-2023.json")
                    .contains("grade: expected Very good, now Good"));
    assertThat(active.current()).isSameAs(before);
  }

  @Test
  void a_candidate_is_checked_tested_and_weighed_without_being_activated() throws Exception {
    RuleSet before = active.current();
    var files = RuleSetLoader.readDirectory(rules.directory);
    files.put(
        "grade/grade-parameters.csv",
        files
            .get("grade/grade-parameters.csv")
            .replace("adequate-ratio,1,", "adequate-ratio,0.4,"));

    CandidateReport report = reloader.check(files);

    assertThat(report.check().errors()).isEmpty();
    assertThat(report.wouldActivate()).isFalse();
    assertThat(report.impact().gradesUp()).isPositive();
    assertThat(active.current()).isSameAs(before);
  }

  @Test
  void saving_a_rule_file_triggers_one_reload_after_the_debounce() throws Exception {
    CountDownLatch reloaded = new CountDownLatch(1);
    try (RulesWatcher watcher =
        RulesWatcher.start(
            rules.directory,
            Duration.ofMillis(200),
            () -> {
              reloader.reload("file watcher");
              reloaded.countDown();
            })) {
      Files.writeString(
          rules.directory.resolve(PLANNING),
          Files.readString(rules.directory.resolve(PLANNING)) + "\n// saved\n");

      assertThat(reloaded.await(30, TimeUnit.SECONDS))
          .as("a reload within 30 seconds of the save")
          .isTrue();
    }
    assertThat(reloader.history())
        .extracting(Activation::by)
        .containsExactly("start-up", "file watcher");
  }
}

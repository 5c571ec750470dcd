package scot.qiassist.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import scot.qiassist.RepositoryRules;
import scot.qiassist.reload.CandidateRunner;
import scot.qiassist.reload.InProcessRunner;
import scot.qiassist.reload.RuleSetReloader;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationStore;

/**
 * The service on a free port of 127.0.0.1, built as `qi-assist serve` builds it (the rules in
 * service, the reloader, the store and sessions all over one database), storing in a SQLite file of
 * its own (removed when it closes) unless given a database.
 */
final class RunningService implements AutoCloseable {

  private final Javalin app;
  private final Database database;
  private final RulesInService rules;
  private final ModerationServices moderation;
  private final Path ownDirectory;

  private RunningService(
      Javalin app,
      Database database,
      RulesInService rules,
      ModerationServices moderation,
      Path ownDirectory) {
    this.app = app;
    this.database = database;
    this.rules = rules;
    this.moderation = moderation;
    this.ownDirectory = ownDirectory;
  }

  /**
   * The service over the database at this URL, which outlives it: the rules in service there, or
   * these when it has none.
   */
  static RunningService start(
      RuleSet rules, Path rulesDirectory, Tokens tokens, ServiceSettings settings, String url) {
    return start(
        rules, rulesDirectory, tokens, settings, Database.open(url), null, new InProcessRunner());
  }

  static RunningService start(RuleSet rules, Tokens tokens, ServiceSettings settings) {
    return start(rules, Path.of(rules.directory()), tokens, settings);
  }

  /** The service reloading from this rules directory, storing in a temporary SQLite file. */
  static RunningService start(
      RuleSet rules, Path rulesDirectory, Tokens tokens, ServiceSettings settings) {
    // The rules of these tests are the repository's own or trusted edits of them: they run in
    // process to keep the suite quick. CandidateIsolationTest starts the child process serve uses.
    return start(rules, rulesDirectory, tokens, settings, new InProcessRunner());
  }

  /** The same, with candidates checked by this runner (serve's own is a child JVM). */
  static RunningService start(
      RuleSet rules,
      Path rulesDirectory,
      Tokens tokens,
      ServiceSettings settings,
      CandidateRunner runner) {
    Path directory;
    try {
      directory = Files.createTempDirectory("qi-assist-service");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Database database = Database.open("jdbc:sqlite:" + directory.resolve("qi-assist.db"));
    return start(rules, rulesDirectory, tokens, settings, database, directory, runner);
  }

  private static RunningService start(
      RuleSet initial,
      Path rulesDirectory,
      Tokens tokens,
      ServiceSettings settings,
      Database database,
      Path own,
      CandidateRunner runner) {
    RulesInService rules = RulesInService.start(database, initial);
    var reloader = new RuleSetReloader(rulesDirectory, RepositoryRules.EXAMPLES, rules, runner);
    ModerationServices moderation = ModerationServices.of(database);
    Javalin app =
        QiAssistServer.create(
                new ActiveRuleSet(rules), tokens, settings.withPort(0), moderation, reloader)
            .start();
    return new RunningService(app, database, rules, moderation, own);
  }

  static RunningService start(Tokens tokens, ServiceSettings settings) {
    return start(RepositoryRules.get(), tokens, settings);
  }

  /** Single-user local mode with the repository's rules: no tokens, default limits. */
  static RunningService local() {
    return start(Tokens.none(), ServiceSettings.defaults());
  }

  Javalin app() {
    return app;
  }

  EvaluationStore store() {
    return moderation.store();
  }

  /** The store, the sessions and the evidence drafts of this instance's database. */
  ModerationServices moderation() {
    return moderation;
  }

  /** The rule set this instance serves now. */
  RuleSet rules() {
    return rules.current();
  }

  String origin() {
    return "http://127.0.0.1:" + app.port();
  }

  Client client() {
    return new Client(origin(), null);
  }

  /** Posts evidence with a token's identity and gives the id the service stored it under. */
  String post(String token, String evidence) {
    return client().as(token).postJson("/api/evaluations", evidence).json().get("id").asText();
  }

  @Override
  public void close() {
    app.stop();
    rules.close();
    database.close();
    if (ownDirectory != null) {
      try (Stream<Path> files = Files.walk(ownDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temporary directory left behind does no harm.
      }
    }
  }
}

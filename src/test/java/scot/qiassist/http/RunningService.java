package scot.qiassist.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import scot.qiassist.RepositoryRules;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationStore;

/**
 * The service on a free port of 127.0.0.1, built by the same factory as `qi-assist serve`, storing
 * in a SQLite file of its own (removed when it closes) unless given a database.
 */
final class RunningService implements AutoCloseable {

  private final Javalin app;
  private final EvaluationStore store;
  private final Path ownDirectory;

  private RunningService(Javalin app, EvaluationStore store, Path ownDirectory) {
    this.app = app;
    this.store = store;
    this.ownDirectory = ownDirectory;
  }

  /** The service storing in the database at this URL, which outlives it. */
  static RunningService start(
      ActiveRuleSet rules, Tokens tokens, ServiceSettings settings, String databaseUrl) {
    return start(rules, tokens, settings, new EvaluationStore(Database.open(databaseUrl)), null);
  }

  static RunningService start(ActiveRuleSet rules, Tokens tokens, ServiceSettings settings) {
    return start(rules, tokens, settings, (scot.qiassist.reload.RuleSetReloader) null);
  }

  /**
   * The service with a reloader of its own (null: the factory's default), storing in a temporary
   * SQLite file.
   */
  static RunningService start(
      ActiveRuleSet rules,
      Tokens tokens,
      ServiceSettings settings,
      scot.qiassist.reload.RuleSetReloader reloader) {
    Path directory;
    try {
      directory = Files.createTempDirectory("qi-assist-service");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EvaluationStore store =
        new EvaluationStore(Database.open("jdbc:sqlite:" + directory.resolve("qi-assist.db")));
    Javalin app =
        reloader == null
            ? QiAssistServer.create(
                    rules, tokens, settings.withPort(0), ModerationServices.of(store))
                .start()
            : QiAssistServer.create(
                    rules, tokens, settings.withPort(0), ModerationServices.of(store), reloader)
                .start();
    return new RunningService(app, store, directory);
  }

  private static RunningService start(
      ActiveRuleSet rules,
      Tokens tokens,
      ServiceSettings settings,
      EvaluationStore store,
      Path own) {
    Javalin app =
        QiAssistServer.create(rules, tokens, settings.withPort(0), ModerationServices.of(store))
            .start();
    return new RunningService(app, store, own);
  }

  static RunningService start(Tokens tokens, ServiceSettings settings) {
    return start(new ActiveRuleSet(RepositoryRules.get()), tokens, settings);
  }

  /** Single-user local mode with the repository's rules: no tokens, default limits. */
  static RunningService local() {
    return start(Tokens.none(), ServiceSettings.defaults());
  }

  Javalin app() {
    return app;
  }

  EvaluationStore store() {
    return store;
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
    if (ownDirectory != null) {
      try (Stream<Path> files = Files.walk(ownDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temporary directory left behind does no harm.
      }
    }
  }
}

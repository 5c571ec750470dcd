package scot.qiassist.http;

import io.javalin.Javalin;
import scot.qiassist.RepositoryRules;

/** The service on a free port of 127.0.0.1, built by the same factory as `qi-assist serve`. */
final class RunningService implements AutoCloseable {

  private final Javalin app;

  private RunningService(Javalin app) {
    this.app = app;
  }

  static RunningService start(ActiveRuleSet rules, Tokens tokens, ServiceSettings settings) {
    return new RunningService(QiAssistServer.create(rules, tokens, settings.withPort(0)).start());
  }

  static RunningService start(ActiveRuleSet rules, Tokens tokens, ServiceSettings settings, scot.qiassist.reload.RuleSetReloader reloader) {
    return new RunningService(QiAssistServer.create(rules, tokens, settings.withPort(0), reloader).start());
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

  Client client() {
    return new Client("http://127.0.0.1:" + app.port(), null);
  }

  @Override
  public void close() {
    app.stop();
  }
}

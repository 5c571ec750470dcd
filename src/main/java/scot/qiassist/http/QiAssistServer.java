package scot.qiassist.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.qiassist.reload.RuleSetReloader;
import scot.qiassist.rules.RuleSet;

/**
 * Builds the QI Assist web service from its dependencies: the active rule set, the tokens and
 * the settings. The route table below is the only place routes and their roles are declared.
 */
public final class QiAssistServer {

  private static final Logger LOG = LoggerFactory.getLogger(QiAssistServer.class);

  private QiAssistServer() {}

  /** The service, configured and not yet started; {@code start()} listens on the settings' host and port. */
  public static Javalin create(ActiveRuleSet active, Tokens tokens, ServiceSettings settings) {
    RuleSet initial = active.current();
    var reloader = new RuleSetReloader(Path.of(initial.directory()), Path.of("examples"), initial, active::current, active::replace);
    return create(active, tokens, settings, reloader);
  }

  /** The service with the reloader that puts new rules in service; see {@link RuleSetReloader}. */
  public static Javalin create(ActiveRuleSet active, Tokens tokens, ServiceSettings settings, RuleSetReloader reloader) {
    return Javalin.create(config -> {
      configure(config, settings);
      ErrorMapper.register(config.routes);
      config.routes.beforeMatched(new BearerAccess(tokens));
      routes(config.routes, active, settings, reloader);
    });
  }

  private static void routes(RoutesConfig routes, ActiveRuleSet active, ServiceSettings settings, RuleSetReloader reloader) {
    var evaluations = new EvaluationRoutes(active, settings.bodyLimit());
    var catalogue = new CatalogueRoutes(active);
    var ruleset = new RulesetRoutes(active, reloader, settings.bodyLimit());
    var docs = DocsRoutes.load();
    routes.get("/health", catalogue::health);
    routes.get(DocsRoutes.OPENAPI, docs::openApi);
    routes.get("/docs", docs::swaggerUi);
    routes.post("/api/evaluations", evaluations::evaluate, Role.ANY);
    routes.post("/api/evaluations/what-if", evaluations::whatIf, Role.ANY);
    routes.get("/api/rules", catalogue::rules, Role.ANY);
    // A rule's text is for the panels who moderate and the staff who own the rules.
    routes.get("/api/rules/{id}", catalogue::rule, Role.MODERATOR, Role.POLICY);
    routes.get("/api/terms", catalogue::terms, Role.ANY);
    routes.get("/api/measures", catalogue::measures, Role.ANY);
    routes.get("/api/ruleset", ruleset::ruleset, Role.ANY);
    routes.get("/api/ruleset/history", ruleset::history, Role.ANY);
    // Changing what the service decides with is for the staff who own the rules.
    routes.post("/api/ruleset/reload", ruleset::reload, Role.POLICY);
    routes.post("/api/ruleset/check", ruleset::check, Role.POLICY);
  }

  private static void configure(JavalinConfig config, ServiceSettings settings) {
    config.startup.showJavalinBanner = false;
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.http.maxRequestSize = settings.bodyLimit();
    config.http.prefer405over404 = true;
    config.staticFiles.enableWebjars();
    config.requestLogger.http(QiAssistServer::log);
  }

  /** Method, path, status and time only: never a header (tokens) or a body (evidence). */
  private static void log(Context ctx, Float ms) {
    if (ctx.statusCode() >= 400) {
      LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
    } else {
      LOG.debug("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
    }
  }
}

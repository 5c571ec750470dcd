package scot.qiassist.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the QI Assist web service from its dependencies: the active rule set, the tokens and
 * the settings. The route table below is the only place routes and their roles are declared.
 */
public final class QiAssistServer {

  private static final Logger LOG = LoggerFactory.getLogger(QiAssistServer.class);

  private QiAssistServer() {}

  /** The service, configured and not yet started; {@code start()} listens on the settings' host and port. */
  public static Javalin create(ActiveRuleSet active, Tokens tokens, ServiceSettings settings) {
    return Javalin.create(config -> {
      configure(config, settings);
      ErrorMapper.register(config.routes);
      config.routes.beforeMatched(new BearerAccess(tokens));
      routes(config.routes, active, settings);
    });
  }

  private static void routes(RoutesConfig routes, ActiveRuleSet active, ServiceSettings settings) {
    var evaluations = new EvaluationRoutes(active, settings.bodyLimit());
    var catalogue = new CatalogueRoutes(active);
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
    routes.get("/api/ruleset", catalogue::ruleset, Role.ANY);
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

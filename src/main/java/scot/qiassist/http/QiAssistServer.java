package scot.qiassist.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.qiassist.drafting.Workspace;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.pages.EvidencePaths;
import scot.qiassist.pages.GovukFrontend;
import scot.qiassist.pages.PageContext;
import scot.qiassist.pages.SignInPage;
import scot.qiassist.pages.WordingPage;
import scot.qiassist.reload.RuleSetReloader;
import scot.qiassist.versions.Workbench;

/**
 * Builds the QI Assist web service from its dependencies: the active rule set, the tokens, the
 * settings, and the store and sessions of moderation. The route table below is the only place
 * routes and their roles are declared. API routes ({@code /api/...}) take a bearer token; pages
 * take the session cookie of a sign-in with the same token.
 */
public final class QiAssistServer {

  private static final Logger LOG = LoggerFactory.getLogger(QiAssistServer.class);

  private QiAssistServer() {}

  /**
   * The service, configured and not yet started; {@code start()} listens on the settings' host and
   * port. The reloader puts new rules in service (see {@link RuleSetReloader}).
   */
  public static Javalin create(
      ActiveRuleSet active,
      Tokens tokens,
      ServiceSettings settings,
      ModerationServices moderation,
      RuleSetReloader reloader,
      Workbench workbench) {
    return Javalin.create(
        config -> {
          configure(config, settings);
          config.routes.before(new SecurityHeaders());
          ServerPaths paths = ServerPaths.of(Path.of(active.current().directory()));
          ErrorMapper.register(config.routes, paths);
          if (tokens.isEmpty()) {
            config.routes.before(new LoopbackHost());
          }
          if (settings.behindTlsProxy()) {
            config.routes.before(new TlsProxy());
          }
          config.routes.beforeMatched(new BearerAccess(tokens));
          config.routes.beforeMatched(new SessionAccess(tokens, moderation.sessions()));
          routes(config.routes, active, tokens, settings, moderation, reloader, paths);
          versions(config.routes, settings, moderation, workbench, paths);
        });
  }

  private static void routes(
      RoutesConfig routes,
      ActiveRuleSet active,
      Tokens tokens,
      ServiceSettings settings,
      ModerationServices moderation,
      RuleSetReloader reloader,
      ServerPaths paths) {
    var evaluations = new EvaluationRoutes(active, settings.bodyLimit(), moderation.store());
    var catalogue = new CatalogueRoutes(active);
    var ruleset = new RulesetRoutes(active, reloader, settings.bodyLimit(), paths);
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
    // Stored evaluations, panel decisions, consistency: an inspector sees their own, the others
    // all.
    var stored = new ModerationRoutes(moderation.store(), settings.bodyLimit());
    routes.get("/api/evaluations", stored::list, Role.ANY);
    routes.get("/api/evaluations/{id}", stored::get, Role.ANY);
    routes.post("/api/evaluations/{id}/decisions", stored::decide, Role.MODERATOR);
    routes.get("/api/evaluations/{id}/consistency", stored::consistency, Role.ANY);
    // The pages for panels, with the same roles as the API through a sign-in session.
    var pages = new PageRoutes(active, moderation.store(), moderation.drafts());
    var signIn = new SignInRoutes(tokens, moderation.sessions());
    routes.get(SignInPage.PATH, signIn::form);
    routes.post(SignInPage.PATH, signIn::signIn);
    routes.post(PageContext.SIGN_OUT_PATH, signIn::signOut, Role.ANY);
    routes.get("/", pages::list, Role.ANY);
    routes.get("/evaluations/{id}", pages::report, Role.ANY);
    routes.get("/evaluations/{id}/print", pages::print, Role.ANY);
    routes.get("/evaluations/{id}/consistency", pages::consistency, Role.ANY);
    routes.post("/evaluations/{id}/decisions", pages::decide, Role.MODERATOR);
    // The report-wording check: for inspectors drafting, panels reading and policy staff testing
    // the wording tables. Nothing is stored; a stored evaluation is one the caller may see.
    var wording = new WordingRoutes(active, settings.bodyLimit(), moderation.store());
    routes.post("/api/wording", wording::check, Role.ANY);
    routes.get(WordingPage.PATH, wording::form, Role.ANY);
    routes.post(WordingPage.PATH, wording::checkPage, Role.ANY);
    // The evidence pages: an inspector's drafts, each theirs alone; the figures and findings.
    var workspace = new Workspace(moderation.drafts());
    var evidence = new EvidenceRoutes(active, workspace, moderation.store());
    var items = new DraftItemRoutes(active, workspace, evidence);
    var sheets = new EvidenceImportRoutes(active);
    routes.get(EvidencePaths.LIST, evidence::list, Role.INSPECTOR);
    // The templates before the draft's path, which they would otherwise match as a draft's id.
    routes.get(EvidencePaths.TEMPLATE_XLSX, sheets::templateXlsx, Role.INSPECTOR);
    routes.get(EvidencePaths.TEMPLATE_CSV, sheets::templateCsv, Role.INSPECTOR);
    routes.get(EvidencePaths.NEW, evidence::newForm, Role.INSPECTOR);
    routes.post(EvidencePaths.LIST, evidence::start, Role.INSPECTOR);
    routes.get(EvidencePaths.DRAFT, evidence::draft, Role.INSPECTOR);
    routes.get(EvidencePaths.DETAILS, evidence::detailsForm, Role.INSPECTOR);
    routes.post(EvidencePaths.DETAILS, evidence::saveDetails, Role.INSPECTOR);
    routes.post(EvidencePaths.PANEL, evidence::panel, Role.INSPECTOR);
    routes.get(EvidencePaths.EXPORT, evidence::export, Role.INSPECTOR);
    routes.post(EvidencePaths.SUBMIT, evidence::submit, Role.INSPECTOR);
    // A spreadsheet's upload: its size checked before the form (and its token) is read.
    routes.before(EvidencePaths.IMPORT, EvidenceRoutes::uploadLimit);
    routes.post(EvidencePaths.IMPORT, evidence::importSheet, Role.INSPECTOR);
    routes.get(EvidencePaths.NEW_FIGURE, items::newFigure, Role.INSPECTOR);
    routes.post(EvidencePaths.FIGURES, items::addFigure, Role.INSPECTOR);
    routes.get(EvidencePaths.FIGURE, items::figure, Role.INSPECTOR);
    routes.post(EvidencePaths.FIGURE, items::changeFigure, Role.INSPECTOR);
    routes.post(EvidencePaths.REMOVE_FIGURE, items::removeFigure, Role.INSPECTOR);
    routes.get(EvidencePaths.NEW_FINDING, items::newFinding, Role.INSPECTOR);
    routes.post(EvidencePaths.FINDINGS, items::addFinding, Role.INSPECTOR);
    routes.get(EvidencePaths.FINDING, items::finding, Role.INSPECTOR);
    routes.post(EvidencePaths.FINDING, items::changeFinding, Role.INSPECTOR);
    routes.post(EvidencePaths.REMOVE_FINDING, items::removeFinding, Role.INSPECTOR);
    // Evidence spreadsheets: the template, and a filled-in sheet turned into evidence JSON.
    // Nothing is stored.
    routes.get("/api/evidence/template.xlsx", sheets::templateXlsx, Role.ANY);
    routes.get("/api/evidence/template.csv", sheets::templateCsv, Role.ANY);
    routes.post("/api/evidence/import", sheets::importSheet, Role.ANY);
  }

  /**
   * Every rule set version: the list and history for all; a version's files and its zip for those
   * who may read rule text; candidates and activations for policy staff; a stored evaluation re-run
   * under its version for whoever may see it. The workbench's pages are for policy staff.
   */
  private static void versions(
      RoutesConfig routes,
      ServiceSettings settings,
      ModerationServices moderation,
      Workbench workbench,
      ServerPaths paths) {
    var versions = new VersionRoutes(workbench, moderation.store(), settings.bodyLimit(), paths);
    routes.get("/api/ruleset/versions", versions::list, Role.ANY);
    routes.post("/api/ruleset/versions", versions::submit, Role.POLICY);
    routes.get("/api/ruleset/versions/{id}", versions::get, Role.MODERATOR, Role.POLICY);
    routes.get("/api/ruleset/versions/{id}/export", versions::export, Role.MODERATOR, Role.POLICY);
    routes.post("/api/ruleset/versions/{id}/activate", versions::activate, Role.POLICY);
    routes.get("/api/evaluations/{id}/replay", versions::replay, Role.ANY);
    var pages = new WorkbenchPages(workbench);
    routes.get("/rules", pages::versions, Role.POLICY);
    routes.get("/rules/versions/{id}", pages::version, Role.POLICY);
    routes.get("/rules/versions/{id}/edit", pages::editForm, Role.POLICY);
    routes.post("/rules/versions/{id}/edit", pages::edit, Role.POLICY);
    routes.post("/rules/versions/{id}/accept", pages::accept, Role.POLICY);
    routes.get("/rules/versions/{id}/activate", pages::confirm, Role.POLICY);
    routes.post("/rules/versions/{id}/activate", pages::activate, Role.POLICY);
    routes.get("/rules/versions/{id}/export", pages::export, Role.POLICY);
  }

  /** Room for a form's other fields and the multipart boundaries beside its files. */
  private static final long UPLOAD_FORM_FIELDS = 64 * 1024;

  private static void configure(JavalinConfig config, ServiceSettings settings) {
    config.startup.showJavalinBanner = false;
    // Javalin's own JSON (ctx.json, bodyAsClass) goes through the one mapper too.
    config.jsonMapper(new JavalinJackson(QiAssistJson.MAPPER, false));
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.http.maxRequestSize = settings.bodyLimit();
    // Uploads (a draft report beside its evidence, a spreadsheet) are bounded too: no file above
    // the largest any form takes, no form above a draft and its evidence together. Javalin sets
    // no bound of its own.
    long largestFile =
        Math.max(
            scot.qiassist.wording.DraftReader.MAX_BYTES,
            Math.max(scot.qiassist.evidence.sheet.EvidenceSheets.MAX_BYTES, settings.bodyLimit()));
    config.jetty.multipartConfig.maxFileSize(largestFile, io.javalin.config.SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(
        scot.qiassist.wording.DraftReader.MAX_BYTES + settings.bodyLimit() + UPLOAD_FORM_FIELDS,
        io.javalin.config.SizeUnit.BYTES);
    config.http.prefer405over404 = true;
    // Static files replace the no-store of every other answer (SecurityHeaders) with a caching
    // header: webjars (their paths carry their version) for a year, as enableWebjars() does; the
    // rest for a day.
    config.staticFiles.enableWebjars();
    // The pages' fonts and images (GOV.UK Frontend's stylesheet asks for them at /assets) and our
    // own stylesheet.
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/assets";
          files.directory = "/" + GovukFrontend.ASSETS_RESOURCE;
          files.location = Location.CLASSPATH;
          files.headers = staticHeaders();
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/public";
          files.location = Location.CLASSPATH;
          files.headers = staticHeaders();
        });
    config.requestLogger.http(QiAssistServer::log);
  }

  private static Map<String, String> staticHeaders() {
    return Map.of("Cache-Control", SecurityHeaders.STATIC_CACHE_CONTROL);
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

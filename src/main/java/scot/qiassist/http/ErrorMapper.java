package scot.qiassist.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.qiassist.evaluation.RuleLoopException;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.sheet.InvalidSheetException;
import scot.qiassist.moderation.InvalidDecisionException;
import scot.qiassist.pages.ErrorPage;
import scot.qiassist.storage.DecisionConflictException;
import scot.qiassist.storage.EvaluationNotFoundException;
import scot.qiassist.versions.ActivationRefusedException;
import scot.qiassist.versions.InvalidRequestException;
import scot.qiassist.versions.ReplayUnavailableException;
import scot.qiassist.versions.UnknownVersionException;
import scot.qiassist.wording.DraftTooLargeException;
import scot.qiassist.wording.InvalidWordingRequestException;
import scot.qiassist.wording.UnreadableDraftException;

/**
 * Turns every failure into one JSON shape, {@link ApiError}, in one place. No stack trace reaches a
 * client: an unexpected failure is logged here (without the request's body or headers) and the
 * client is told only that it happened.
 */
final class ErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private final ServerPaths paths;

  private ErrorMapper(ServerPaths paths) {
    this.paths = paths;
  }

  /** Maps every failure of the routes; no answer names a server path ({@link ServerPaths}). */
  static void register(RoutesConfig routes, ServerPaths paths) {
    new ErrorMapper(paths).registerOn(routes);
  }

  private void registerOn(RoutesConfig routes) {
    routes.exception(
        InvalidEvidenceException.class, (e, ctx) -> send(ctx, ApiError.invalidEvidence(e)));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> send(ctx, ApiError.of(e.getStatus(), title(e.getStatus()), detail(e, ctx))));
    routes.exception(
        RuleLoopException.class,
        (e, ctx) -> send(ctx, ApiError.of(500, title(500), e.getMessage())));
    // Stored evaluations and decisions
    routes.exception(
        InvalidDecisionException.class,
        (e, ctx) -> send(ctx, ApiError.invalid("decision", "Nothing was recorded.", e.problems())));
    routes.exception(
        InvalidQueryException.class,
        (e, ctx) -> send(ctx, ApiError.invalid("query", "Nothing was listed.", e.problems())));
    routes.exception(
        EvaluationNotFoundException.class,
        (e, ctx) ->
            send(
                ctx,
                ApiError.of(
                    404,
                    title(404),
                    "No stored evaluation that you may see has the id '"
                        + e.id()
                        + "'; GET /api/evaluations lists those you may see.")));
    routes.exception(
        DecisionConflictException.class,
        (e, ctx) -> send(ctx, ApiError.of(409, title(409), sentence(e.getMessage()))));
    // The report-wording check
    routes.exception(
        InvalidWordingRequestException.class,
        (e, ctx) ->
            send(ctx, ApiError.invalid("wording request", "Nothing was checked.", e.problems())));
    routes.exception(
        DraftTooLargeException.class,
        (e, ctx) ->
            send(ctx, ApiError.of(413, title(413), e.getMessage() + " Nothing was checked.")));
    routes.exception(
        UnreadableDraftException.class,
        (e, ctx) ->
            send(ctx, ApiError.of(400, title(400), e.getMessage() + ". Nothing was checked.")));
    // Rule set versions
    routes.exception(
        InvalidRequestException.class,
        (e, ctx) ->
            send(
                ctx,
                ApiError.invalid(
                    e.what(),
                    e.what().equals("activation")
                        ? "Nothing was activated."
                        : "Nothing was stored or checked.",
                    e.problems())));
    routes.exception(
        UnknownVersionException.class,
        (e, ctx) -> send(ctx, ApiError.of(404, title(404), sentence(e.getMessage()))));
    routes.exception(
        ActivationRefusedException.class,
        (e, ctx) -> send(ctx, ApiError.of(409, title(409), sentence(e.getMessage()))));
    routes.exception(
        ReplayUnavailableException.class,
        (e, ctx) -> send(ctx, ApiError.of(409, title(409), sentence(e.getMessage()))));
    // Evidence spreadsheets
    routes.exception(
        InvalidSheetException.class,
        (e, ctx) ->
            send(ctx, ApiError.invalid("spreadsheet", "Nothing was imported.", e.problems())));
    // The pages answer in HTML
    routes.exception(SignInRequired.class, (e, ctx) -> Redirect.seeOther(ctx, e.location()));
    routes.exception(
        PageFailure.class,
        (e, ctx) ->
            ctx.status(e.status())
                .html(
                    ErrorPage.render(
                        SessionAccess.pageContext(ctx), e.title(), paths.hide(e.getMessage()))));
    // A form the server could not take apart: an upload above the bounds QiAssistServer sets
    // (413), or a body that is not the multipart form it claims to be (400). The client's doing.
    routes.exception(
        jakarta.servlet.ServletException.class,
        (e, ctx) -> {
          org.eclipse.jetty.http.BadMessageException bad = badMessage(e);
          if (bad == null) {
            LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
            send(ctx, ApiError.of(500, title(500), UNEXPECTED));
            return;
          }
          boolean tooLarge = String.valueOf(rootMessage(bad)).contains("exceeded");
          int status = tooLarge ? 413 : 400;
          String detail =
              tooLarge
                  ? "The upload is larger than this service takes; nothing was checked or stored."
                  : "The form could not be read as a form with files; nothing was checked or stored.";
          if (ctx.path().startsWith("/api/")) {
            send(ctx, ApiError.of(status, title(status), detail));
          } else {
            ctx.status(status)
                .html(ErrorPage.render(SessionAccess.pageContext(ctx), title(status), detail));
          }
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
          send(ctx, ApiError.of(500, title(500), UNEXPECTED));
        });
  }

  private static final String UNEXPECTED =
      "QI Assist failed unexpectedly; the failure is recorded in the service's log. Please report it.";

  private static org.eclipse.jetty.http.BadMessageException badMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
        return bad;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private void send(Context ctx, ApiError error) {
    if (error.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"qi-assist\"");
    }
    Json.send(ctx, error.status(), paths.hide(error));
  }

  /** Javalin's own 404 and 405 name no route; these say which, and where the routes are. */
  private static String detail(HttpResponseException e, Context ctx) {
    if (e instanceof EndpointNotFound) {
      return "There is no route "
          + ctx.method()
          + " "
          + ctx.path()
          + "; the routes are described at /openapi.yaml.";
    }
    if (e instanceof MethodNotAllowedResponse) {
      return "The route "
          + ctx.path()
          + " does not take "
          + ctx.method()
          + "; the routes are described at /openapi.yaml.";
    }
    return e.getMessage();
  }

  /** A message of the storage layer, which starts in lower case, as a sentence. */
  private static String sentence(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }

  private static String title(int status) {
    HttpStatus s = HttpStatus.forStatus(status);
    return s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
  }
}

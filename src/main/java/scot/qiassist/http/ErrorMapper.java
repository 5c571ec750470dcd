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

/**
 * Turns every failure into one JSON shape, {@link ApiError}, in one place. No stack trace
 * reaches a client: an unexpected failure is logged here (without the request's body or
 * headers) and the client is told only that it happened.
 */
final class ErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void register(RoutesConfig routes) {
    routes.exception(InvalidEvidenceException.class, (e, ctx) -> send(ctx, ApiError.invalidEvidence(e)));
    routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, ApiError.of(e.getStatus(), title(e.getStatus()), detail(e, ctx))));
    routes.exception(RuleLoopException.class, (e, ctx) -> send(ctx, ApiError.of(500, title(500), e.getMessage())));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
      send(ctx, ApiError.of(500, title(500), "QI Assist failed unexpectedly; the failure is recorded in the service's log. Please report it."));
    });
  }

  private static void send(Context ctx, ApiError error) {
    if (error.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"qi-assist\"");
    }
    Json.send(ctx, error.status(), error);
  }

  /** Javalin's own 404 and 405 name no route; these say which, and where the routes are. */
  private static String detail(HttpResponseException e, Context ctx) {
    if (e instanceof EndpointNotFound) {
      return "There is no route " + ctx.method() + " " + ctx.path() + "; the routes are described at /openapi.yaml.";
    }
    if (e instanceof MethodNotAllowedResponse) {
      return "The route " + ctx.path() + " does not take " + ctx.method() + "; the routes are described at /openapi.yaml.";
    }
    return e.getMessage();
  }

  private static String title(int status) {
    HttpStatus s = HttpStatus.forStatus(status);
    return s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
  }
}

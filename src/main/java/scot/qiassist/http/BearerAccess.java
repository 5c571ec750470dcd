package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Lets a request through to an API route ({@code /api/...}) when its bearer token's role is one the
 * route names, and records who the token speaks for ({@link Identity}). Routes that name no role
 * are public; the pages are left to {@link SessionAccess}. With no tokens configured (local mode)
 * every route is open to the one local user: the service then listens on 127.0.0.1 only, for the
 * one person at that machine.
 */
final class BearerAccess implements Handler {

  static final String API = "/api/";
  private static final String SCHEME = "Bearer ";

  private final Tokens tokens;

  BearerAccess(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void handle(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.isEmpty() || !ctx.path().startsWith(API)) {
      return;
    }
    if (tokens.isEmpty()) {
      ctx.attribute(Identity.ATTRIBUTE, Identity.LOCAL);
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new UnauthorizedResponse(
          "This route needs a bearer token: send the header 'Authorization: Bearer TOKEN'.");
    }
    Identity identity =
        tokens
            .identityOf(header.substring(SCHEME.length()).strip())
            .orElseThrow(
                () ->
                    new UnauthorizedResponse("The bearer token is not one this service accepts."));
    if (!allowed.contains(identity.role())) {
      throw new ForbiddenResponse(
          "The "
              + identity.role().id()
              + " role may not use this route; it is for the "
              + Role.list(allowed)
              + " role.");
    }
    ctx.attribute(Identity.ATTRIBUTE, identity);
  }
}

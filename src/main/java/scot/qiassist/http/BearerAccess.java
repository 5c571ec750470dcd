package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Lets a request through to a route when its bearer token's role is one the route names.
 * Routes that name no role are public. With no tokens configured (local mode) every route is
 * open: the service then listens on 127.0.0.1 only, for the one person at that machine.
 */
final class BearerAccess implements Handler {

  private static final String SCHEME = "Bearer ";

  /** The request attribute holding the caller's role, once the token is checked. */
  static final String ROLE = "qi-assist.role";

  private final Tokens tokens;

  BearerAccess(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void handle(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.isEmpty() || tokens.isEmpty()) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new UnauthorizedResponse("This route needs a bearer token: send the header 'Authorization: Bearer TOKEN'.");
    }
    Role role = tokens.roleOf(header.substring(SCHEME.length()).strip())
        .orElseThrow(() -> new UnauthorizedResponse("The bearer token is not one this service accepts."));
    ctx.attribute(ROLE, role);
    if (!allowed.contains(role)) {
      throw new ForbiddenResponse("The " + role.id() + " role may not use this route; it is for the "
          + Role.list(allowed) + " role.");
    }
  }
}

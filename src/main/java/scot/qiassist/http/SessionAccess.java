package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import scot.qiassist.pages.PageContext;

/**
 * Lets a request through to a page when its session cookie belongs to a live sign-in whose role the
 * route names; sends the browser to sign in when there is none. Every form a page posts must carry
 * back its session's form token, so that another site cannot post one.
 *
 * <p>In local mode (no tokens) there is nobody to sign in: the first page a browser asks for starts
 * a session for the one local user, with a moderator's rights, so that its forms carry a form token
 * all the same.
 */
final class SessionAccess implements Handler {

  static final String COOKIE = "qi_assist_session";
  private static final String SESSION = "qi-assist.session";

  private final Tokens tokens;
  private final Sessions sessions;

  SessionAccess(Tokens tokens, Sessions sessions) {
    this.tokens = tokens;
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.isEmpty() || ctx.path().startsWith(BearerAccess.API)) {
      return;
    }
    Sessions.Session session =
        sessions.find(ctx.cookie(COOKIE)).filter(this::stillAccepted).orElse(null);
    if (session == null && !tokens.isEmpty()) {
      throw new SignInRequired(ctx.method() == HandlerType.GET ? pathAndQuery(ctx) : "/");
    }
    if (session == null) {
      session = sessions.start(Identity.LOCAL, null);
      setCookie(ctx, session);
    }
    ctx.attribute(SESSION, session);
    ctx.attribute(Identity.ATTRIBUTE, session.identity());
    Role role = session.identity().role();
    if (!tokens.isEmpty() && !allowed.contains(role)) {
      throw new PageFailure(
          403,
          "You may not do this",
          "The "
              + role.id()
              + " role may not use this page; it is for the "
              + Role.list(allowed)
              + " role.");
    }
    if (ctx.method() == HandlerType.POST && !carriesFormToken(ctx, session)) {
      throw new PageFailure(
          403,
          "The form has expired",
          "The form was not sent from a page of this sign-in: open the page again and send the form from there.");
    }
  }

  /**
   * A session lasts only while what it was signed in with still holds: in local mode, only local
   * sessions; with tokens, only a session whose token is still accepted for the same holder and
   * role. Sessions outlive a restart, so a token taken out of the tokens file, or a service moved
   * from local mode to tokens, ends the sessions that rest on it.
   */
  private boolean stillAccepted(Sessions.Session session) {
    if (tokens.isEmpty()) {
      return session.tokenSha256() == null;
    }
    return session.tokenSha256() != null
        && tokens
            .identityOfSha256(session.tokenSha256())
            .filter(session.identity()::equals)
            .isPresent();
  }

  /**
   * What the layout needs about whoever the request's session is for; nobody when there is none.
   */
  static PageContext pageContext(Context ctx) {
    Sessions.Session session = ctx.attribute(SESSION);
    if (session == null) {
      return PageContext.served(null, null);
    }
    Identity who = session.identity();
    // The very instance, not an equal one: a token's holder may be called "local" too.
    if (who == Identity.LOCAL) {
      return PageContext.servedLocally(
              who.name() + " (single-user local mode)", session.formToken())
          .withDrafting(true);
    }
    return PageContext.served(who.name() + " (" + who.role().id() + ")", session.formToken())
        .withDrafting(who.role() == Role.INSPECTOR);
  }

  /** The request's live session, if its cookie names one. */
  static Sessions.Session current(Context ctx) {
    return ctx.attribute(SESSION);
  }

  /**
   * HttpOnly, SameSite=Strict, and Secure when the request came over HTTPS: directly, or through a
   * TLS proxy the service is configured to be behind ({@link TlsProxy}).
   */
  static void setCookie(Context ctx, Sessions.Session session) {
    Cookie cookie =
        new Cookie(
            COOKIE,
            session.id(),
            "/",
            (int) Math.min(Integer.MAX_VALUE, session.lifetimeSeconds()));
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(TlsProxy.overHttps(ctx));
    ctx.cookie(cookie);
  }

  private static boolean carriesFormToken(Context ctx, Sessions.Session session) {
    String sent = ctx.formParam(PageContext.FORM_TOKEN_FIELD);
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.formToken().getBytes(StandardCharsets.UTF_8));
  }

  private static String pathAndQuery(Context ctx) {
    String query = ctx.queryString();
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}

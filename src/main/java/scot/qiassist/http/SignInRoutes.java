package scot.qiassist.http;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import scot.qiassist.pages.PageContext;
import scot.qiassist.pages.SignInPage;

/**
 * GET and POST /sign-in, POST /sign-out: a browser signs in with the same token as the API and gets
 * a session cookie that stands for the token's holder until it signs out or the session's lifetime
 * has passed. The token itself is never stored in the browser.
 */
final class SignInRoutes {

  private static final int MAX_NEXT = 2000;

  private final Tokens tokens;
  private final Sessions sessions;

  SignInRoutes(Tokens tokens, Sessions sessions) {
    this.tokens = tokens;
    this.sessions = sessions;
  }

  void form(Context ctx) {
    String next = safeNext(ctx.queryParam(SignInPage.NEXT_FIELD));
    if (tokens.isEmpty()) {
      Redirect.seeOther(ctx, next);
      return;
    }
    ctx.html(SignInPage.render(PageContext.served(null, null), next, null));
  }

  void signIn(Context ctx) {
    requireSameOrigin(ctx);
    String next = safeNext(ctx.formParam(SignInPage.NEXT_FIELD));
    if (tokens.isEmpty()) {
      Redirect.seeOther(ctx, next);
      return;
    }
    String token = ctx.formParam(SignInPage.TOKEN_FIELD);
    if (token == null || token.isBlank()) {
      ctx.status(400)
          .html(
              SignInPage.render(
                  PageContext.served(null, null), next, "Enter the token you were given"));
      return;
    }
    Optional<Identity> identity = tokens.identityOf(token.strip());
    if (identity.isEmpty()) {
      ctx.status(401)
          .html(
              SignInPage.render(
                  PageContext.served(null, null),
                  next,
                  "The token is not one this service accepts"));
      return;
    }
    sessions.end(ctx.cookie(SessionAccess.COOKIE));
    SessionAccess.setCookie(ctx, sessions.start(identity.get(), token.strip()));
    Redirect.seeOther(ctx, next);
  }

  /** Reached through {@link SessionAccess}, which has checked the session and its form token. */
  void signOut(Context ctx) {
    sessions.end(SessionAccess.current(ctx).id());
    ctx.removeCookie(SessionAccess.COOKIE, "/");
    Redirect.seeOther(ctx, tokens.isEmpty() ? "/" : SignInPage.PATH);
  }

  /** The sign-in form, returning to a page of this service once signed in. */
  static String signInPath(String next) {
    String safe = safeNext(next);
    return safe.equals("/")
        ? SignInPage.PATH
        : SignInPage.PATH + "?next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
  }

  /**
   * A path of this service to return to; anything else (another site, "//host") is the list of
   * evaluations.
   */
  static String safeNext(String next) {
    if (next == null
        || next.length() > MAX_NEXT
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return next;
  }

  /**
   * A browser says where a form was sent from: a sign-in form posted from another site (which would
   * sign the victim in as someone else) is refused. Clients that send no Origin pass.
   */
  private static void requireSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = null;
    try {
      host = URI.create(origin).getAuthority();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null || !host.equalsIgnoreCase(ctx.host())) {
      throw new PageFailure(
          403,
          "You may not do this",
          "The sign-in form was sent from another site; sign in from this service's own page.");
    }
  }
}

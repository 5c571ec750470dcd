package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The security headers of every answer, set before anything else runs so that pages, the API,
 * static files, errors and 404s all carry them, and a route added later gets them without asking.
 *
 * <p>The same Content-Security-Policy goes on every answer, HTML or not: it costs nothing on JSON
 * and means an HTML answer (an error page, a page added later) can never go out without it. It
 * allows only this service's own scripts, styles, images and fonts: no inline script or style, no
 * plug-ins, no framing, forms posting only to this service. The pages need no script at all; the
 * one script of the service is Swagger UI's at /docs ({@link DocsRoutes}), which also shows images
 * written into its stylesheet as data: URLs and sends that page its own policy allowing them.
 *
 * <p>Cache-Control is no-store on every answer, because nearly every one carries evidence,
 * evaluations, decisions or rule text, and a browser or proxy should keep none of it; the static
 * files (GOV.UK Frontend, Swagger UI, the service's stylesheet and script) hold nothing of the kind
 * and replace it with their own caching header (see {@link QiAssistServer}).
 */
final class SecurityHeaders implements Handler {

  static final String CONTENT_SECURITY_POLICY = policy("img-src 'self'");

  /** Swagger UI's stylesheet draws its icons as data: URLs; nothing else differs. */
  static final String DOCS_CONTENT_SECURITY_POLICY = policy("img-src 'self' data:");

  /** Static files carry nothing of an inspection: a browser may keep them for a day. */
  static final String STATIC_CACHE_CONTROL = "public, max-age=86400";

  static final String NO_STORE = "no-store";

  /**
   * Same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with every form
   * it posts, and the sign-in form's check of where it was sent from ({@link SignInRoutes}) would
   * refuse the service's own form. Other sites are told nothing either way.
   */
  static final String REFERRER_POLICY = "same-origin";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", REFERRER_POLICY);
    ctx.header("Cache-Control", NO_STORE);
  }

  private static String policy(String images) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        images,
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }
}

package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Whether a request reached the service over HTTPS. Directly, the connection says; behind a proxy
 * that ends TLS ({@code --behind-tls-proxy}), every request did, whatever X-Forwarded-Proto says.
 * The header itself is never trusted: without a proxy any client could send it, and with one the
 * browser's side of the connection is HTTPS by configuration.
 */
final class TlsProxy implements Handler {

  private static final String BEHIND = "qi-assist.behind-tls-proxy";

  @Override
  public void handle(Context ctx) {
    ctx.attribute(BEHIND, Boolean.TRUE);
  }

  static boolean overHttps(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    return Boolean.TRUE.equals(ctx.attribute(BEHIND));
  }
}

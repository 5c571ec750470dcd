package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Set;

/**
 * In single-user local mode, answers only requests addressed to this machine by name: a Host of
 * 127.0.0.1, localhost or [::1] with the port the request came in on. A web page on another site
 * that rebinds its own name to 127.0.0.1 (DNS rebinding) sends its own name as the Host, and gets
 * 421 Misdirected Request, on every route, before anything else is done.
 */
final class LoopbackHost implements Handler {

  static final int MISDIRECTED = 421;
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final int HTTP_PORT = 80;

  @Override
  public void handle(Context ctx) {
    String host = ctx.header("Host");
    int port = ctx.req().getLocalPort();
    if (isLoopback(host, port)) {
      return;
    }
    String detail =
        "In single-user local mode the service answers only requests addressed to 127.0.0.1:"
            + port
            + " or localhost:"
            + port
            + "; this one was addressed to "
            + (host == null || host.isBlank() ? "no host" : "'" + shown(host) + "'")
            + ". Open http://127.0.0.1:"
            + port
            + "/ instead.";
    if (answersJson(ctx.path())) {
      throw new HttpResponseException(MISDIRECTED, detail);
    }
    throw new PageFailure(MISDIRECTED, "This address is not this service's", detail);
  }

  static boolean isLoopback(String host, int port) {
    if (host == null) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    boolean hasPort = colon > h.lastIndexOf(']');
    String name = hasPort ? h.substring(0, colon) : h;
    String given = hasPort ? h.substring(colon + 1) : null;
    boolean rightPort = given == null ? port == HTTP_PORT : given.equals(Integer.toString(port));
    return LOOPBACK.contains(name) && rightPort;
  }

  /** The API and the machine-read routes answer in JSON; pages, the docs and files in HTML. */
  private static boolean answersJson(String path) {
    return path.startsWith(BearerAccess.API)
        || path.equals("/health")
        || path.equals(DocsRoutes.OPENAPI);
  }

  private static String shown(String host) {
    String visible = host.replaceAll("[^\\x20-\\x7e]", "?");
    return visible.length() > 80 ? visible.substring(0, 77) + "..." : visible;
  }
}

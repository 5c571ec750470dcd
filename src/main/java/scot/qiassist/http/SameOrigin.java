package scot.qiassist.http;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Refuses a form posted from another site. A browser says where a form was sent from (Origin, and
 * Sec-Fetch-Site): anything but this service's own pages is refused with 403 before the form is
 * read. Clients that send neither pass; they still need the session's cookie and form token.
 */
final class SameOrigin {

  private SameOrigin() {}

  static void require(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
    String origin = ctx.header("Origin");
    if (crossSite || (origin != null && !sameHost(origin, ctx.host()))) {
      throw new PageFailure(
          403,
          "You may not do this",
          "The form was sent from another site; open the page of this service and send it from there.");
    }
  }

  private static boolean sameHost(String origin, String host) {
    try {
      String authority = URI.create(origin).getAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

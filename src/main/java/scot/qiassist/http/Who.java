package scot.qiassist.http;

import io.javalin.http.Context;

/** Who asked, as histories record it: the token's holder and role, or the local user. */
final class Who {

  private Who() {}

  static String of(Context ctx) {
    Identity identity = Identity.of(ctx);
    return identity.name().equals(identity.role().id())
        ? identity.role().id()
        : identity.name() + " (" + identity.role().id() + ")";
  }
}

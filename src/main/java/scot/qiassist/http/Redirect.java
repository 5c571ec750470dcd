package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Sends a browser on with 303 See Other and no body: after a form is posted, and to sign in. */
final class Redirect {

  private Redirect() {}

  static void seeOther(Context ctx, String location) {
    ctx.status(HttpStatus.SEE_OTHER).header("Location", location).result("");
  }
}

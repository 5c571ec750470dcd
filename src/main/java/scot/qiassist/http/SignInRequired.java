package scot.qiassist.http;

/** A page was asked for with no live sign-in session: the browser is sent to sign in, and back. */
final class SignInRequired extends RuntimeException {

  private final String next;

  SignInRequired(String next) {
    super("sign in to see " + next);
    this.next = next;
  }

  /** Where to send the browser: the sign-in form, which returns to the page asked for. */
  String location() {
    return SignInRoutes.signInPath(next);
  }
}

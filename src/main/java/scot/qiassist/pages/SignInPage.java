package scot.qiassist.pages;

/**
 * The page at {@code /sign-in}: a plain form that takes the token a person was given, for a
 * browser, which sends no bearer header. The same token works for the API.
 */
public final class SignInPage {

  public static final String PATH = "/sign-in";
  public static final String TOKEN_FIELD = "token";

  /** The page to go back to once signed in: a path of this service. */
  public static final String NEXT_FIELD = "next";

  private SignInPage() {}

  /**
   * The form.
   *
   * @param next the path to go to once signed in
   * @param error why the last attempt failed, or null
   */
  public static String render(PageContext context, String next, String error) {
    return Layout.page(
        "Sign in",
        context,
        false,
        h -> {
          if (error != null) {
            h.markup(
                    "<div class=\"govuk-error-summary\" role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
                .markup(
                    "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\"><li>")
                .element("a", error, "href", "#sign-in-token")
                .markup("</li></ul></div></div>\n");
          }
          h.markup("<h1 class=\"govuk-heading-xl\">Sign in</h1>\n")
              .markup(
                  "<p class=\"govuk-body\">Sign in with the token you were given for QI Assist: the same token as for the API. ")
              .markup(
                  "Inspectors see the evaluations they posted; moderators see every evaluation and record decisions; ")
              .markup("policy staff see every evaluation.</p>\n")
              .open("form", "method", "post", "action", PATH, "novalidate", "novalidate")
              .open("input", "type", "hidden", "name", NEXT_FIELD, "value", next)
              .markup(
                  error == null
                      ? "<div class=\"govuk-form-group\">"
                      : "<div class=\"govuk-form-group govuk-form-group--error\">")
              .markup(
                  "<label class=\"govuk-label govuk-label--m\" for=\"sign-in-token\">Token</label>");
          if (error != null) {
            h.markup(
                    "<p class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
                .text(error)
                .markup("</p>");
          }
          h.markup(
                  "<input class=\"govuk-input\" id=\"sign-in-token\" name=\""
                      + TOKEN_FIELD
                      + "\" type=\"password\" ")
              .markup("autocomplete=\"current-password\" spellcheck=\"false\"></div>\n")
              .markup("<button type=\"submit\" class=\"govuk-button\">Sign in</button>\n</form>\n");
        });
  }
}

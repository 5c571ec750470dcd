package scot.qiassist.pages;

import java.util.HashMap;
import java.util.Map;

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
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("context", context);
    parameters.put("next", next);
    parameters.put("error", error);
    return PageTemplates.render("sign-in.jte", parameters);
  }
}

package scot.qiassist.pages;

/** A page that says what went wrong with a request for a page, in the words the API would use. */
public final class ErrorPage {

  private ErrorPage() {}

  /**
   * The page.
   *
   * @param title the kind of failure, such as "Page not found"
   * @param detail what failed, for which input, and what to do
   */
  public static String render(PageContext context, String title, String detail) {
    return Layout.page(
        title,
        context,
        false,
        h ->
            h.element("h1", title, "class", "govuk-heading-xl")
                .element("p", detail, "class", "govuk-body")
                .markup(
                    "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the evaluations</a></p>\n"));
  }
}

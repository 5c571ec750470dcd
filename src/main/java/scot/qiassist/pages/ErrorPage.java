package scot.qiassist.pages;

import java.util.Map;

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
    return PageTemplates.render(
        "error.jte", Map.of("context", context, "title", title, "detail", detail));
  }
}

package scot.qiassist.pages;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The page around every page's content: GOV.UK Frontend's template, header, service navigation and
 * footer (the template {@code layout/page.jte}); a printable page keeps only the content. No inline
 * script or style anywhere: a page that needs a script loads it from the service's own files.
 *
 * <p>Pages written as templates call {@code @template.layout.page(...)} themselves; the methods
 * here are for the pages still written with {@link Html}.
 */
public final class Layout {

  private Layout() {}

  static String page(String title, PageContext context, boolean printable, Consumer<Html> content) {
    return page(title, context, printable, List.of(), content);
  }

  /**
   * A page that loads scripts of the service's own (paths such as "/qi-assist-evidence.js"), each
   * deferred; the page works without them.
   */
  static String page(
      String title,
      PageContext context,
      boolean printable,
      List<String> scripts,
      Consumer<Html> content) {
    Html h = new Html();
    content.accept(h);
    String written = h.toString();
    Content inner = output -> output.writeContent(written);
    return PageTemplates.render(
        "layout/page.jte",
        Map.of(
            "title", title,
            "context", context,
            "printable", printable,
            "scripts", scripts,
            "content", inner));
  }

  /** GOV.UK Frontend's stylesheet, for a page read offline, kept from closing its element. */
  public static String inlineGovukStylesheet() {
    return cssSafe(GovukFrontend.stylesheet());
  }

  /** QI Assist's own stylesheet, for a page read offline, kept from closing its element. */
  public static String inlineOwnStylesheet() {
    return cssSafe(Styles.ownStylesheetText());
  }

  private static String cssSafe(String css) {
    return css.replace("</", "<\\/");
  }
}

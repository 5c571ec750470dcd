package scot.qiassist.pages;

/**
 * What the page layout ({@code layout/page.jte}: GOV.UK Frontend's template, header, service
 * navigation and footer) takes from Java: the stylesheets a page read offline carries inside it. No
 * inline script or style anywhere else: a page that needs a script loads it from the service's own
 * files.
 */
public final class Layout {

  private Layout() {}

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

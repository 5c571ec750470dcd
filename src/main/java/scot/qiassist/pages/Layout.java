package scot.qiassist.pages;

import java.util.List;
import java.util.function.Consumer;

/**
 * The page around every page's content: GOV.UK Frontend's template, header, service navigation and
 * footer; a printable page keeps only the content. No inline script or style anywhere: a page that
 * needs a script loads it from the service's own files.
 */
final class Layout {

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
    h.markup(
            "<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n")
        .markup(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n")
        .element("title", title + " - QI Assist")
        .newline();
    styles(h, context.styles());
    for (String script : scripts) {
      h.open("script", "src", script, "defer", "defer").close("script").newline();
    }
    h.markup("</head>\n<body class=\"govuk-template__body\">\n");
    if (!printable) {
      h.markup("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n");
      header(h, context);
    }
    h.markup(
        "<div class=\"govuk-width-container\">\n<main class=\"govuk-main-wrapper\" id=\"main-content\">\n");
    content.accept(h);
    h.markup("</main>\n</div>\n");
    if (!printable) {
      h.markup(
              "<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">")
          .markup(
              "<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><p class=\"govuk-body-s\">")
          .markup(
              "QI Assist: the evidence of joint inspections of services for children at risk of harm, evaluated by rules that explain every conclusion.")
          .markup("</p></div></div></div></footer>\n");
    }
    return h.markup("</body>\n</html>\n").toString();
  }

  private static void styles(Html h, Styles styles) {
    if (styles.inline()) {
      h.markup("<style>\n")
          .markup(cssSafe(GovukFrontend.stylesheet()))
          .markup("\n</style>\n")
          .markup("<style>\n")
          .markup(cssSafe(Styles.ownStylesheetText()))
          .markup("\n</style>\n");
      return;
    }
    h.open("link", "rel", "stylesheet", "href", styles.govukStylesheet()).newline();
    h.open("link", "rel", "stylesheet", "href", styles.ownStylesheet()).newline();
  }

  /** Stylesheets from the classpath, kept from closing the style element early. */
  private static String cssSafe(String css) {
    return css.replace("</", "<\\/");
  }

  private static void header(Html h, PageContext context) {
    h.markup(
            "<header class=\"govuk-header\"><div class=\"govuk-header__container govuk-width-container\">")
        .markup(
            "<div class=\"govuk-header__content\"><a href=\"/\" class=\"govuk-header__link govuk-header__service-name\">QI Assist</a></div>")
        .markup("</div></header>\n")
        .markup(
            "<section class=\"govuk-service-navigation\" aria-label=\"Service information\"><div class=\"govuk-width-container\">")
        .markup(
            "<div class=\"govuk-service-navigation__container\"><nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">")
        .markup(
            "<ul class=\"govuk-service-navigation__list\"><li class=\"govuk-service-navigation__item\">")
        .markup("<a class=\"govuk-service-navigation__link\" href=\"/\">Evaluations</a></li>")
        .markup(
            "<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"/rules\">Rules</a></li>");
    if (context.drafting()) {
      h.markup("<li class=\"govuk-service-navigation__item\">")
          .markup(
              "<a class=\"govuk-service-navigation__link\" href=\"/evidence\">Evidence drafts</a></li>");
    }
    if (context.signedInAs() != null) {
      h.markup(
              "<li class=\"govuk-service-navigation__item\"><span class=\"govuk-body-s\">Signed in as ")
          .element("strong", context.signedInAs())
          .markup("</span></li>");
    }
    if (context.signOut()) {
      h.markup("<li class=\"govuk-service-navigation__item\">")
          .open(
              "form", "method", "post", "action", PageContext.SIGN_OUT_PATH, "class", "qi-sign-out")
          .formToken(context.formToken())
          .markup(
              "<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\">Sign out</button>")
          .markup("</form></li>");
    }
    h.markup("</ul></nav></div></div></section>\n");
  }
}

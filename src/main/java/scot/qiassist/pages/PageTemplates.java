package scot.qiassist.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' jte templates (src/main/jte), compiled to Java at build time. Templates escape every
 * {@code ${...}} for where it stands (text, attribute, URL); markup from outside a template goes in
 * only through {@code $unsafe{...}}, which templates use for nothing but constant stylesheets.
 */
public final class PageTemplates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private PageTemplates() {}

  /** A template with one parameter, such as a page's view record. */
  static String render(String template, Object parameter) {
    StringOutput out = new StringOutput(16_384);
    ENGINE.render(template, parameter, out);
    return out.toString();
  }

  /** A template with several parameters, by name. */
  static String render(String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput(16_384);
    ENGINE.render(template, parameters, out);
    return out.toString();
  }
}

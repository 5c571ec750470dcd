package scot.qiassist.pages;

import java.util.List;
import java.util.Map;

/**
 * A file of a version in a text area, {@code /rules/versions/{id}/edit?file=PATH} (template {@code
 * rules/file.jte}): changed and saved, it becomes a candidate based on that version, checked at
 * once.
 */
public final class RuleFilePage {

  private RuleFilePage() {}

  /**
   * @param text the file's text, as stored or as last sent
   * @param problems what was wrong with the text last sent, or empty
   */
  public static String render(
      PageContext context, String version, String path, String text, List<String> problems) {
    return PageTemplates.render(
        "rules/file.jte",
        Map.of(
            "context", context,
            "version", version,
            "versionHref", RulePages.version(version),
            "path", path,
            "text", text,
            "problems", problems));
  }
}

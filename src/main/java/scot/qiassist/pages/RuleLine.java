package scot.qiassist.pages;

/**
 * A conclusion with the rule that drew it, as "How the rules decided" lists it.
 *
 * @param text the conclusion, or the rule's name
 * @param rule the rule's id, file and line: "[id, file line N]"
 * @param explanation the rule's explanation, shown under it, or null
 */
public record RuleLine(String text, String rule, String explanation) {

  static RuleLine of(String text, String id, String file, int line) {
    return new RuleLine(text, reference(id, file, line), null);
  }

  /** A rule's id, file and line, as every section cites them. */
  static String reference(String id, String file, int line) {
    return "[" + id + ", " + file + " line " + line + "]";
  }
}

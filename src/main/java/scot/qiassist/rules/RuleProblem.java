package scot.qiassist.rules;

/**
 * One thing wrong with the rule files, located for the policy officer who will fix it.
 *
 * @param file the file, relative to the rules directory: "statements/statement-1-safety.drl"
 * @param line the line in that file, or 0 when the problem is with the file as a whole
 * @param rule the rule's name, or null
 * @param message what is wrong, in plain words
 * @param hint what usually fixes it, or null
 */
public record RuleProblem(String file, int line, String rule, String message, String hint) {

  public static RuleProblem at(String file, int line, String message) {
    return new RuleProblem(file, line, null, message, null);
  }

  public RuleProblem withHint(String text) {
    return new RuleProblem(file, line, rule, message, text);
  }

  /** "statements/statement-1-safety.drl line 12 (rule "..."): message. Hint: ...". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(" line ").append(line);
    }
    if (rule != null) {
      s.append(" (rule \"").append(rule).append("\")");
    }
    s.append(": ").append(message);
    if (hint != null) {
      s.append(" Hint: ").append(hint);
    }
    return s.toString();
  }
}

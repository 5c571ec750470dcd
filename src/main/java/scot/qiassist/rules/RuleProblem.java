package scot.qiassist.rules;

/**
 * One thing wrong with the rule files, located for the policy officer who will fix it.
 *
 * @param file the file, relative to the rules directory: "statements/statement-1-safety.drl"
 * @param line the line in that file, or 0 when the problem is with the file as a whole
 * @param column the column in that line (from 1), or 0 when not known
 * @param rule the rule's name, or null
 * @param message what is wrong, in plain words
 * @param hint what usually fixes it, or null
 */
public record RuleProblem(
    String file, int line, int column, String rule, String message, String hint) {

  /** A problem whose column is not known. */
  public RuleProblem(String file, int line, String rule, String message, String hint) {
    this(file, line, 0, rule, message, hint);
  }

  public static RuleProblem at(String file, int line, String message) {
    return new RuleProblem(file, line, 0, null, message, null);
  }

  public RuleProblem withHint(String text) {
    return new RuleProblem(file, line, column, rule, message, text);
  }

  public RuleProblem atColumn(int at) {
    return new RuleProblem(file, line, at, rule, message, hint);
  }

  public RuleProblem inRule(String name) {
    return new RuleProblem(file, line, column, name, message, hint);
  }

  /** "statements/statement-1-safety.drl line 12, column 5 (rule "..."): message. Hint: ...". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(" line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
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

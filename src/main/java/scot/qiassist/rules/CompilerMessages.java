package scot.qiassist.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts the rule compiler's messages into words a policy officer can act on. */
final class CompilerMessages {

  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
  private static final Pattern RULE_NAME =
      Pattern.compile("[Rr]ule(?: Name)?[:=]? ?\"?([^\"\\n]+?)\"?(?:\\n|$)");

  private CompilerMessages() {}

  static RuleProblem explain(String file, int line, String compilerText) {
    String text = compilerText == null ? "" : compilerText.strip();
    String rule = null;
    Matcher name = RULE_NAME.matcher(text);
    if (name.find()) {
      rule = name.group(1).strip();
    }
    Matcher type = UNKNOWN_TYPE.matcher(text);
    if (type.find()) {
      return new RuleProblem(
          file,
          line,
          rule,
          "the fact type '" + type.group(1) + "' is not known",
          "check its spelling, and that the file imports it from the fact model (rules/README.md lists the fact types).");
    }
    if (text.contains("mismatched input")
        || text.contains("no viable alternative")
        || text.contains("missing")
        || text.contains("extraneous input")
        || text.contains("Unexpected")) {
      return new RuleProblem(
          file,
          line,
          rule,
          "the rule file cannot be read here (" + firstLine(text) + ")",
          "check this line and the one before it for a missing bracket, comma, quote, 'then' or 'end'.");
    }
    if (text.contains("Unable to Analyse Expression")
        || text.contains("Unable to analyze")
        || text.contains("cannot be resolved")) {
      return new RuleProblem(
          file,
          line,
          rule,
          "a condition or conclusion names something that does not exist (" + firstLine(text) + ")",
          "check the spelling of field names and standard words; the fact types and their fields are listed in rules/README.md.");
    }
    return new RuleProblem(file, line, rule, "the rule does not compile: " + firstLine(text), null);
  }

  private static String firstLine(String text) {
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
    return first.length() > 300 ? first.substring(0, 297) + "..." : first;
  }
}

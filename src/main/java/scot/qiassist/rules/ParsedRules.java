package scot.qiassist.rules;

import java.util.HashMap;
import java.util.Map;

/** The parsed rules of a set of rule files, by "package.rule name", and the file of each. */
final class ParsedRules {

  private ParsedRules() {}

  static Map<String, ParsedRule> byQualifiedName(Map<String, String> drlFiles) {
    Map<String, ParsedRule> rules = new HashMap<>();
    drlFiles.forEach(
        (file, text) -> {
          if (file.endsWith(".drl")) {
            String shown =
                file.endsWith(DrlCompiler.TABLE_DRL)
                    ? file.substring(0, file.length() - DrlCompiler.TABLE_DRL.length())
                    : file;
            ParsedRule.of(DrlSource.read(shown, text))
                .values()
                .forEach(r -> rules.put(r.packageName() + "." + r.name(), r));
          }
        });
    return rules;
  }
}

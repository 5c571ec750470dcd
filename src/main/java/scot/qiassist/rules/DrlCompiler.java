package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles rule files with the classic DRL build path and turns the compiler's messages into
 * problems that name the file, the line and, in plain words, what is wrong.
 *
 * <p>Each build has its own release id, so builds on different threads never collide, and is
 * removed from the shared KIE repository once its KieBase is taken, so reloads do not pile up.
 */
final class DrlCompiler {

  private static final String ROOT = "src/main/resources/rules/";

  /** Added to a decision table's name for the DRL made from it, and taken off again in messages. */
  static final String TABLE_DRL = ".generated.drl";

  record Compiled(KieBase kieBase, Map<String, RuleInfo> rules) {}

  Compiled compile(Map<String, String> drlFiles) throws RuleSetException {
    return compile(drlFiles, Map.of());
  }

  /**
   * Compiles rule files; {@code tableRows} gives, for a file that is a decision table (its value
   * the rules Drools wrote from it), the table row of each rule, so that results and problems name
   * the row a policy officer edits.
   */
  Compiled compile(Map<String, String> drlFiles, Map<String, Map<String, Integer>> tableRows)
      throws RuleSetException {
    KieServices services = KieServices.Factory.get();
    ReleaseId release =
        services.newReleaseId("scot.qiassist.rules", "ruleset-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = services.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    drlFiles.forEach((name, text) -> kfs.write(ROOT + written(name), text));
    KieBuilder builder = services.newKieBuilder(kfs).buildAll();
    List<RuleProblem> problems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      problems.add(CompilerMessages.explain(fileOf(m), m.getLine(), m.getText()));
    }
    if (!problems.isEmpty()) {
      services.getRepository().removeKieModule(release);
      throw new RuleSetException(problems);
    }
    KieBase base = services.newKieContainer(release).getKieBase();
    services.getRepository().removeKieModule(release);
    return new Compiled(base, catalogue(base, drlFiles, tableRows));
  }

  /** The name a file is compiled under: a table's generated rules are DRL, not a table. */
  private static String written(String name) {
    return name.endsWith(".csv") ? name + TABLE_DRL : name;
  }

  /**
   * A grade with no criterion rule would be awarded whenever the grades below it are, so every
   * grade from Weak to Excellent needs at least one rule marked {@code @grade(n)}.
   */
  private static List<RuleProblem> gradesWithoutCriteria(java.util.Collection<RuleInfo> rules) {
    List<RuleProblem> problems = new ArrayList<>();
    for (int grade = 2; grade <= 6; grade++) {
      String wanted = String.valueOf(grade);
      if (rules.stream().noneMatch(r -> wanted.equals(r.metadata("grade")))) {
        problems.add(
            new RuleProblem(
                "grade",
                0,
                null,
                "no rule states a criterion of grade "
                    + grade
                    + " ("
                    + scot.qiassist.grade.Grade.of(grade).label()
                    + "), so nothing would stop the evidence reaching it",
                "add a criterion rule with @grade(" + grade + ") to grade/qi-2-1-criteria.drl."));
      }
    }
    return problems;
  }

  private static String fileOf(Message m) {
    String path = m.getPath() == null ? "" : m.getPath();
    for (String prefix : List.of(ROOT, "rules/")) {
      if (path.startsWith(prefix)) {
        path = path.substring(prefix.length());
        break;
      }
    }
    return path.endsWith(TABLE_DRL) ? path.substring(0, path.length() - TABLE_DRL.length()) : path;
  }

  private static Map<String, RuleInfo> catalogue(
      KieBase base, Map<String, String> drlFiles, Map<String, Map<String, Integer>> tableRows)
      throws RuleSetException {
    Map<String, ParsedRule> where = ParsedRules.byQualifiedName(drlFiles);
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    Map<String, RuleInfo> byId = new HashMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String key = pkg.getName() + "." + rule.getName();
        ParsedRule entry = where.get(key);
        String file = entry == null ? "?" : entry.file();
        int line = entry == null ? 0 : entry.line();
        Map<String, Integer> rows = tableRows.get(file);
        if (rows != null) {
          line = rows.getOrDefault(rule.getName(), 0);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        rule.getMetaData().forEach((k, v) -> metadata.put(k, String.valueOf(v)));
        String id = metadata.get("id");
        if (id == null || id.isBlank()) {
          problems.add(
              new RuleProblem(
                  file,
                  line,
                  rule.getName(),
                  "the rule has no @id",
                  "add a line such as @id(\"s1-staff-recognise-abuse\") under the rule's name."));
          continue;
        }
        RuleInfo info =
            new RuleInfo(
                id, rule.getName(), file, line, metadata, entry == null ? "" : entry.source());
        RuleInfo clash = byId.putIfAbsent(id, info);
        if (clash != null) {
          problems.add(
              new RuleProblem(
                  file,
                  line,
                  rule.getName(),
                  "the @id '"
                      + id
                      + "' is already used by the rule \""
                      + clash.name()
                      + "\" ("
                      + clash.file()
                      + " line "
                      + clash.line()
                      + ")",
                  "give every rule its own @id."));
        }
        rules.put(key, info);
      }
    }
    problems.addAll(gradesWithoutCriteria(rules.values()));
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return rules;
  }
}

package scot.qiassist.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.qiassist.evidence.Measure;
import scot.qiassist.terms.Phrase;

/**
 * Checks a rules directory the way a careful reviewer would: it compiles, and beyond that every
 * rule explains itself, names only measures and groups the catalogue has, fills only placeholders
 * it can, says its phase; and every measure is judged by some rule.
 */
public final class RuleLint {

  private static final Pattern MEASURE_TEST = Pattern.compile("measure\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern MEASURE_LIST = Pattern.compile("measure\\s+in\\s*\\(([^)]*)\\)");
  private static final Pattern GROUP_TEST = Pattern.compile("group\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\{)\\{(\\w+)(?:\\.\\w+)?}");
  private static final Pattern DECLARATION = Pattern.compile("\\$(\\w+)\\s*:");

  private RuleLint() {}

  /** Loads and checks a rules directory; compile problems come back as errors, not thrown. */
  public static CheckReport check(Path directory) {
    try {
      return check(directory.toString(), RuleSetLoader.readDirectory(directory));
    } catch (RuleSetException e) {
      return new CheckReport(null, 0, e.problems(), List.of(), List.of());
    }
  }

  public static CheckReport check(String origin, Map<String, String> files) {
    try {
      return check(new RuleSetLoader().load(origin, files), files);
    } catch (RuleSetException e) {
      return new CheckReport(null, 0, e.problems(), List.of(), List.of());
    }
  }

  /** Checks a rule set that compiled, with the files it was built from. */
  public static CheckReport check(RuleSet rules, Map<String, String> files) {
    List<RuleProblem> errors = new ArrayList<>();
    List<RuleProblem> warnings = new ArrayList<>();
    List<RuleProblem> notes = new ArrayList<>();
    Set<String> namedMeasures = new LinkedHashSet<>();
    Set<String> namedGroups = new LinkedHashSet<>();
    for (RuleInfo rule : rules.catalogue()) {
      metadata(rule, warnings);
      placeholders(rule, warnings);
      names(rule, rules, namedMeasures, namedGroups, errors);
    }
    for (Measure m : rules.measures().all()) {
      if (!namedMeasures.contains(m.id()) && !namedGroups.contains(m.group())) {
        warnings.add(
            new RuleProblem(
                PolicyTables.MEASURES,
                rowOf(files, PolicyTables.MEASURES, m.id()),
                null,
                "the measure '"
                    + m.id()
                    + "' (group '"
                    + m.group()
                    + "') is judged by no rule, so evidence for it changes nothing",
                "name its group in a rule of statement "
                    + m.statement()
                    + "'s file, or give it a group that one names."));
      }
    }
    for (Phrase p : rules.phrases().phrases()) {
      var low = rules.standardWords().bandOf(p.interval().low());
      var high = rules.standardWords().bandOf(p.interval().high());
      if (low.rank() != high.rank()) {
        notes.add(
            new RuleProblem(
                PolicyTables.PHRASES,
                rowOf(files, PolicyTables.PHRASES, p.words()),
                null,
                "'"
                    + p.words()
                    + "' ("
                    + p.interval()
                    + ") reaches from "
                    + low.word()
                    + " to "
                    + high.word()
                    + "; evidence in these words will carry a boundary warning",
                null));
      }
    }
    Comparator<RuleProblem> order =
        Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line);
    errors.sort(order);
    warnings.sort(order);
    return new CheckReport(rules.version(), rules.catalogue().size(), errors, warnings, notes);
  }

  private static void metadata(RuleInfo rule, List<RuleProblem> warnings) {
    if (blank(rule.metadata("source"))) {
      warnings.add(
          at(
              rule,
              "the rule has no @source",
              "add @source(\"...\") naming the section of the report or framework it rests on."));
    }
    if (blank(rule.explanation())) {
      warnings.add(
          at(
              rule,
              "the rule has no @explanation",
              "add @explanation(\"...\"), using {name} for the facts it matches."));
    }
    if (rule.file().startsWith("statements/") && rule.statement() == null) {
      warnings.add(
          at(
              rule,
              "the rule has no @statement, so its key messages and conclusions cannot be filed under one",
              "add @statement(1), (2), (3) or (4)."));
    }
    // A decision table names its phase once, for every rule it writes (its AGENDA-GROUP row).
    if (!rule.source().contains("agenda-group") && !rule.file().endsWith(".drl.csv")) {
      warnings.add(
          at(
              rule,
              "the rule names no phase (agenda-group), so it runs after the grade is decided",
              "add agenda-group \"decisions\" (or \"classification\", \"weigh\", \"grade\")."));
    }
  }

  private static void placeholders(RuleInfo rule, List<RuleProblem> warnings) {
    Set<String> declared = new LinkedHashSet<>();
    Matcher d = DECLARATION.matcher(rule.source());
    while (d.find()) {
      declared.add(d.group(1));
    }
    String text =
        (rule.explanation() == null ? "" : rule.explanation()) + "\n" + thenPart(rule.source());
    Matcher p = PLACEHOLDER.matcher(text);
    while (p.find()) {
      if (!declared.contains(p.group(1))) {
        warnings.add(
            at(
                rule,
                "{"
                    + p.group(1)
                    + "} names no fact the rule matches, so it will be shown as written",
                "bind the fact in the condition, as $"
                    + p.group(1)
                    + " : Reading( ... ), or correct the name."));
      }
    }
  }

  private static void names(
      RuleInfo rule,
      RuleSet rules,
      Set<String> measures,
      Set<String> groups,
      List<RuleProblem> errors) {
    Map<String, Integer> named = new java.util.LinkedHashMap<>();
    Matcher single = MEASURE_TEST.matcher(rule.source());
    while (single.find()) {
      named.putIfAbsent(single.group(1), lineOf(rule, single.start(1)));
    }
    Matcher list = MEASURE_LIST.matcher(rule.source());
    while (list.find()) {
      Matcher q = QUOTED.matcher(list.group(1));
      while (q.find()) {
        named.putIfAbsent(q.group(1), lineOf(rule, list.start(1) + q.start(1)));
      }
    }
    named.forEach(
        (id, line) -> {
          measures.add(id);
          if (rules.measures().find(id).isEmpty()) {
            errors.add(
                new RuleProblem(
                    rule.file(),
                    line,
                    rule.name(),
                    "names the measure '" + id + "', which is not in the measure catalogue",
                    "the nearest ids are "
                        + String.join(", ", rules.measures().nearest(id, 3))
                        + "."));
          }
        });
    Set<String> known = new LinkedHashSet<>();
    rules.measures().all().forEach(m -> known.add(m.group()));
    Matcher g = GROUP_TEST.matcher(rule.source());
    while (g.find()) {
      groups.add(g.group(1));
      if (!known.contains(g.group(1))) {
        errors.add(
            new RuleProblem(
                rule.file(),
                lineOf(rule, g.start(1)),
                rule.name(),
                "names the group '"
                    + g.group(1)
                    + "', which no measure in the catalogue belongs to",
                "the groups are " + String.join(", ", known) + "."));
      }
    }
  }

  /** The line of a policy table whose first field is the given key, or 0. */
  private static int rowOf(Map<String, String> files, String table, String key) {
    String[] lines = files.getOrDefault(table, "").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ",") || lines[i].startsWith("\"" + key + "\",")) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The line in the rule's file of a position in the rule's source. */
  private static int lineOf(RuleInfo rule, int index) {
    int line = rule.line();
    for (int i = 0; i < index && i < rule.source().length(); i++) {
      if (rule.source().charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String thenPart(String source) {
    int then = source.indexOf("\nthen");
    return then < 0 ? "" : source.substring(then);
  }

  private static RuleProblem at(RuleInfo rule, String message, String hint) {
    return new RuleProblem(rule.file(), rule.line(), rule.name(), message, hint);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

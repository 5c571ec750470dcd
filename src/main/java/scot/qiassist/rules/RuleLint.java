package scot.qiassist.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.qiassist.evaluation.Templates;
import scot.qiassist.evidence.Measure;
import scot.qiassist.terms.Phrase;

/**
 * Checks a rules directory the way a careful reviewer would: it compiles, and beyond that every
 * rule explains itself, names only measures and groups the catalogue has, fills only placeholders
 * it can, says its phase; and every measure is judged by some rule.
 */
public final class RuleLint {

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
    Map<String, ParsedRule> parsed = new java.util.HashMap<>();
    ParsedRules.byQualifiedName(withTableDrl(rules, files))
        .values()
        .forEach(p -> parsed.put(key(p.file(), p.name()), p));
    for (RuleInfo rule : rules.catalogue()) {
      ParsedRule read = parsed.get(key(rule.file(), rule.name()));
      if (read == null) {
        continue;
      }
      metadata(rule, read, warnings);
      placeholders(rule, read, warnings);
      names(rule, read, rules, namedMeasures, namedGroups, errors);
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
    notes.addAll(hedgeNotes(rules, files));
    Comparator<RuleProblem> order =
        Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line);
    errors.sort(order);
    warnings.sort(order);
    return new CheckReport(rules.version(), rules.catalogue().size(), errors, warnings, notes);
  }

  /**
   * The files with the DRL that Drools writes from each decision table beside them, so that the
   * rules of a table are read like any other: what they name, their phase, their placeholders.
   */
  private static Map<String, String> withTableDrl(RuleSet rules, Map<String, String> files) {
    Map<String, String> all = new java.util.TreeMap<>(files);
    files.forEach(
        (name, text) -> {
          if (name.endsWith(DecisionTableDrl.SUFFIX)) {
            DecisionTables.Table table =
                DecisionTables.read(
                    name, text, rules.standardWords(), rules.measures(), new ArrayList<>());
            if (table != null) {
              all.put(name + DrlCompiler.TABLE_DRL, table.drl());
            }
          }
        });
    return all;
  }

  private static String key(String file, String rule) {
    return file + "\u0000" + rule;
  }

  private static void metadata(RuleInfo rule, ParsedRule read, List<RuleProblem> warnings) {
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
    if (read.phase() == null) {
      warnings.add(
          at(
              rule,
              "the rule names no phase (agenda-group), so it runs after the grade is decided",
              "add agenda-group \"decisions\" (or \"classification\", \"weigh\", \"grade\")."));
    }
  }

  private static void placeholders(RuleInfo rule, ParsedRule read, List<RuleProblem> warnings) {
    Set<String> declared = new LinkedHashSet<>();
    read.bound().forEach(b -> declared.add(b.startsWith("$") ? b.substring(1) : b));
    String text =
        (rule.explanation() == null ? "" : rule.explanation()) + "\n" + read.consequence();
    for (String name : new LinkedHashSet<>(Templates.factsNamed(text))) {
      if (!declared.contains(name)) {
        warnings.add(
            at(
                rule,
                "{" + name + "} names no fact the rule matches, so it will be shown as written",
                "bind the fact in the condition, as $"
                    + name
                    + " : Reading( ... ), or correct the name."));
      }
    }
  }

  private static void names(
      RuleInfo rule,
      ParsedRule read,
      RuleSet rules,
      Set<String> measures,
      Set<String> groups,
      List<RuleProblem> errors) {
    read.measures()
        .forEach(
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
    read.groups()
        .forEach(
            (group, line) -> {
              groups.add(group);
              if (!known.contains(group)) {
                errors.add(
                    new RuleProblem(
                        rule.file(),
                        line,
                        rule.name(),
                        "names the group '"
                            + group
                            + "', which no measure in the catalogue belongs to",
                        "the groups are " + String.join(", ", known) + "."));
              }
            });
  }

  /** The line of a policy table whose first field is the given key, or 0. */
  /** One note per hedge whose reading of a fraction reaches across a band boundary. */
  private static List<RuleProblem> hedgeNotes(RuleSet rules, Map<String, String> files) {
    List<RuleProblem> notes = new ArrayList<>();
    for (var hedge : rules.phrases().hedges()) {
      List<String> across =
          rules.phrases().fractions().stream()
              .map(f -> rules.phrases().meaning(hedge.words() + " " + f.words()))
              .flatMap(java.util.Optional::stream)
              .filter(m -> m.straddles())
              .collect(
                  java.util.stream.Collectors.toMap(
                      m -> m.interval(),
                      m -> "'" + m.words() + "' (" + m.interval() + ")",
                      (first, same) -> first,
                      java.util.LinkedHashMap::new))
              .values()
              .stream()
              .toList();
      if (!across.isEmpty()) {
        notes.add(
            new RuleProblem(
                PolicyTables.HEDGES,
                rowOf(files, PolicyTables.HEDGES, hedge.words()),
                null,
                String.join(", ", across)
                    + " reach across a band boundary; evidence in these words will carry a"
                    + " boundary warning",
                null));
      }
    }
    return notes;
  }

  private static int rowOf(Map<String, String> files, String table, String key) {
    String[] lines = files.getOrDefault(table, "").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ",") || lines[i].startsWith("\"" + key + "\",")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static RuleProblem at(RuleInfo rule, String message, String hint) {
    return new RuleProblem(rule.file(), rule.line(), rule.name(), message, hint);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

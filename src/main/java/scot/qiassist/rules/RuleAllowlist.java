package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import scot.qiassist.terms.StandardWords;

/**
 * The allowlist over parsed rules: a rule file may contain only what policy needs, and everything
 * else is refused with the file, line, column and the construct named.
 *
 * <p>Allowed: a package; imports of the fact model, one by one; rules with literal metadata, the
 * phase and ordering attributes; conditions that match facts of the model, compare their listed
 * properties with literals and bound values ({@link ConstraintAllowlist}), and combine them with
 * and, or, not, exists, forall, collect and the listed accumulate functions; an eval of an allowed
 * expression; and conclusions that insert facts built by the model's constructors and factories
 * ({@link JavaAllowlist}). Refused: every other import, functions, globals, declared types,
 * queries, the mvel dialect, timers, entry points, windows, named consequences and anything the
 * Java checks refuse.
 */
final class RuleAllowlist {

  private static final Set<String> ATTRIBUTES =
      Set.of(
          "agenda-group",
          "ruleflow-group",
          "activation-group",
          "no-loop",
          "lock-on-active",
          "auto-focus",
          "salience",
          "dialect",
          "enabled");
  private static final Set<String> ACCUMULATE_FUNCTIONS =
      Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
  private static final Pattern LITERAL =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\[\"\\\\nt])*\"|-?\\d{1,9}|true|false");
  private static final String FACT_HINT =
      "rules/README.md lists what a rule may contain: the fact types, their properties and insert( ... ).";

  private final DrlSource source;
  private final StandardWords words;
  private final List<RuleProblem> problems = new ArrayList<>();
  private final Set<String> imported = new LinkedHashSet<>();
  private int ruleLine;

  private RuleAllowlist(DrlSource source, StandardWords words) {
    this.source = source;
    this.words = words;
  }

  /** Files screened lately, by name, text and standard words: a reload screens them twice. */
  private static final Map<String, List<RuleProblem>> RECENT =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<RuleProblem>> eldest) {
              return size() > 32;
            }
          });

  /** Every refusal for one rule file; empty when the file passes. */
  static List<RuleProblem> check(String file, String text, StandardWords words) {
    String key =
        file
            + "\u0000"
            + RuleSetLoader.sha256Hex(text)
            + "\u0000"
            + (words == null ? "" : words.words());
    return RECENT.computeIfAbsent(key, k -> screen(file, text, words));
  }

  private static List<RuleProblem> screen(String file, String text, StandardWords words) {
    DrlSource source = DrlSource.read(file, text);
    if (source.model() == null) {
      return source.problems();
    }
    return check(source, words);
  }

  static List<RuleProblem> check(DrlSource source, StandardWords words) {
    RuleAllowlist allowlist = new RuleAllowlist(source, words);
    allowlist.packageLevel(source.model());
    for (RuleDescr rule : source.model().getRules()) {
      allowlist.rule(rule);
    }
    return List.copyOf(allowlist.problems);
  }

  private void packageLevel(PackageDescr pkg) {
    for (ImportDescr i : pkg.getImports()) {
      if (FactModel.IMPORTABLE.contains(i.getTarget())) {
        imported.add(i.getTarget());
      } else {
        refuse(
            i,
            null,
            "imports '" + i.getTarget() + "', which is not part of the fact model",
            "rule files may import only: "
                + String.join(", ", FactModel.IMPORTABLE.stream().sorted().toList())
                + ".");
      }
    }
    pkg.getFunctionImports()
        .forEach(
            f ->
                refuse(
                    f,
                    null,
                    "imports a Java function (import function), which rule files may not do",
                    FACT_HINT));
    pkg.getAccumulateImports()
        .forEach(
            a ->
                refuse(
                    a,
                    null,
                    "imports an accumulate function written in Java, which rule files may not do",
                    FACT_HINT));
    pkg.getFunctions()
        .forEach(
            f ->
                refuse(
                    f,
                    null,
                    "defines the function "
                        + f.getName()
                        + ", and rule files may not contain Java functions",
                    FACT_HINT));
    pkg.getGlobals()
        .forEach(
            g ->
                refuse(
                    g,
                    null,
                    "declares the global "
                        + g.getIdentifier()
                        + ", which rule files may not use: rules see only facts",
                    FACT_HINT));
    pkg.getClassAndEnumDeclarationDescrs()
        .forEach(
            d ->
                refuse(
                    d,
                    null,
                    "declares the type "
                        + d.getTypeName()
                        + "; new fact types are added to the fact model by developers, not in rule files",
                    FACT_HINT));
    pkg.getEntryPointDeclarations()
        .forEach(
            e ->
                refuse(
                    e, null, "declares an entry point, which rule files may not use", FACT_HINT));
    pkg.getWindowDeclarations()
        .forEach(
            w -> refuse(w, null, "declares a window, which rule files may not use", FACT_HINT));
    if (pkg.getUnit() != null) {
      refuse(pkg.getUnit(), null, "declares a rule unit, which rule files may not use", FACT_HINT);
    }
    for (AttributeDescr a : pkg.getAttributes()) {
      attribute(a, null);
    }
  }

  private void rule(RuleDescr rule) {
    String name = rule.getName();
    ruleLine = rule.getLine();
    if (rule.isQuery()) {
      refuse(rule, name, "is a query; rule files hold rules only", FACT_HINT);
      return;
    }
    for (AnnotationDescr a : rule.getAnnotations()) {
      annotation(rule, a);
    }
    for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
      attribute(a.getValue(), name);
    }
    if (!rule.getNamedConsequences().isEmpty()) {
      refuse(
          rule,
          name,
          "has more than one 'then' part (named consequences), which rules may not use",
          FACT_HINT);
    }
    Set<String> bound = new LinkedHashSet<>();
    conditions(rule.getLhs(), name, bound);
    consequence(rule, bound);
  }

  private void annotation(RuleDescr rule, AnnotationDescr a) {
    for (Map.Entry<String, Object> v : a.getValueMap().entrySet()) {
      String value = String.valueOf(v.getValue()).strip();
      if (!LITERAL.matcher(value).matches()) {
        refuse(
            rule,
            rule.getName(),
            "@"
                + a.getName()
                + " holds "
                + value
                + ", which is not a quoted text, a whole number or true/false",
            "write the value in quotes, as @" + a.getName() + "(\"...\").");
      }
    }
  }

  private void attribute(AttributeDescr a, String rule) {
    String name = a.getName();
    String value = a.getValue() == null ? "" : a.getValue().strip();
    if (!ATTRIBUTES.contains(name)) {
      refuse(
          a,
          rule,
          "uses the attribute '" + name + "', which rule files may not use",
          "the attributes a rule may have are "
              + String.join(", ", ATTRIBUTES.stream().sorted().toList())
              + ".");
    } else if (name.equals("dialect") && !value.equals("java")) {
      refuse(
          a,
          rule,
          "uses the dialect \"" + value + "\"; rules are written in the java dialect only",
          "remove the dialect line.");
    } else if (name.equals("salience") && !value.matches("-?\\d{1,6}")) {
      refuse(
          a,
          rule,
          "gives salience as '" + value + "', which is not a whole number",
          "write salience as a number, such as salience 10, with a comment saying why.");
    } else if (name.equals("enabled") && !value.matches("true|false")) {
      refuse(
          a,
          rule,
          "gives enabled as '" + value + "', which is not true or false",
          "write enabled true or enabled false.");
    }
  }

  private void conditions(BaseDescr d, String rule, Set<String> bound) {
    if (d instanceof AndDescr
        || d instanceof OrDescr
        || d instanceof NotDescr
        || d instanceof ExistsDescr
        || d instanceof ForallDescr) {
      for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
        conditions(child, rule, bound);
      }
    } else if (d instanceof PatternDescr p) {
      pattern(p, rule, bound);
    } else if (d instanceof EvalDescr e) {
      java(e, rule, String.valueOf(e.getContent()), bound, false);
    } else {
      refuse(
          d,
          rule,
          "uses " + ConditionWords.of(d) + " in its conditions, which rules may not use",
          FACT_HINT);
    }
  }

  private void pattern(PatternDescr p, String rule, Set<String> bound) {
    String type = p.getObjectType();
    if (!FactModel.get().isType(type, imported)) {
      refuse(
          p,
          rule,
          "the fact type '" + type + "' is not known",
          "check its spelling, and that the file imports it from the fact model (rules/README.md lists the fact types).");
    }
    if (p.isQuery() || !p.getBehaviors().isEmpty()) {
      refuse(p, rule, "calls a query or a window, which rules may not use", FACT_HINT);
    }
    if (p.getIdentifier() != null) {
      bound.add(p.getIdentifier());
    }
    source(p, rule, bound);
    for (BaseDescr c : p.getDescrs()) {
      new ConstraintAllowlist(this).check(c, rule, bound);
    }
  }

  private void source(PatternDescr p, String rule, Set<String> bound) {
    var from = p.getSource();
    if (from == null) {
      return;
    }
    if (from instanceof CollectDescr c) {
      pattern(c.getInputPattern(), rule, new LinkedHashSet<>(bound));
    } else if (from instanceof AccumulateDescr a) {
      accumulate(p, a, rule, bound);
    } else if (from instanceof FromDescr f) {
      java(p, rule, f.getExpression(), bound, false);
    } else {
      refuse(
          p,
          rule,
          "takes its facts from " + ConditionWords.of(from) + ", which rules may not use",
          FACT_HINT);
    }
  }

  private void accumulate(PatternDescr p, AccumulateDescr a, String rule, Set<String> bound) {
    if (!a.isExternalFunction()
        || a.getInitCode() != null
        || a.getActionCode() != null
        || a.getResultCode() != null) {
      refuse(
          p,
          rule,
          "accumulates with Java code of its own (init, action, result), which rules may not contain",
          "use one of the functions "
              + String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList())
              + ".");
      return;
    }
    Set<String> inner = new LinkedHashSet<>(bound);
    conditions(a.getInput(), rule, inner);
    for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
      if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
        refuse(
            p,
            rule,
            "accumulates with the function '"
                + f.getFunction()
                + "', which is not one of "
                + String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList()),
            FACT_HINT);
      }
      for (String param : f.getParams()) {
        java(p, rule, param, inner, false);
      }
      if (f.getBind() != null) {
        bound.add(f.getBind());
      }
    }
  }

  private void consequence(RuleDescr rule, Set<String> bound) {
    String text = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
    int start = source.text().indexOf(text, Math.max(0, rule.getStartCharacter()));
    int line = start < 0 ? rule.getConsequenceLine() : source.lineOf(start);
    int column = start < 0 ? 1 : source.columnOf(start);
    for (JavaAllowlist.Refusal r :
        new JavaAllowlist(imported, bound, false, words).consequence(text)) {
      int atLine = line + r.line() - 1;
      int atColumn = r.line() == 1 ? column + r.column() - 1 : r.column();
      problems.add(
          new RuleProblem(source.file(), atLine, atColumn, rule.getName(), r.message(), r.hint()));
    }
  }

  /** Checks one Java expression found at a descriptor's position. */
  void java(BaseDescr at, String rule, String text, Set<String> bound, boolean implicitFact) {
    for (JavaAllowlist.Refusal r :
        new JavaAllowlist(imported, bound, implicitFact, words).expression(text)) {
      refuse(at, rule, r.message(), r.hint());
    }
  }

  void refuse(BaseDescr at, String rule, String message, String hint) {
    int line = at.getLine() > 0 ? at.getLine() : Math.max(0, ruleLine);
    int column = at.getLine() > 0 && at.getColumn() >= 0 ? at.getColumn() + 1 : 0;
    problems.add(new RuleProblem(source.file(), line, column, rule, message, hint));
  }
}

package scot.qiassist.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * What the checks need of one rule, read from Drools' parse of its file: the names it binds, the
 * measures and groups its conditions name (each with its line), its phase and its conclusion.
 *
 * @param file the rule file, relative to the rules directory
 * @param name the rule's name
 * @param packageName the package of its file
 * @param line the line its "rule" keyword is on
 * @param source its text from "rule" to "end"
 * @param bound every name its conditions bind ($staff, $n)
 * @param measures each measure named as {@code measure == "id"} or {@code measure in (...)}, with
 *     the line of the condition
 * @param groups each group named as {@code group == "id"}, with its line
 * @param phase its agenda-group or ruleflow-group, or null
 * @param consequence the text of its "then" part
 */
record ParsedRule(
    String file,
    String name,
    String packageName,
    int line,
    String source,
    Set<String> bound,
    Map<String, Integer> measures,
    Map<String, Integer> groups,
    String phase,
    String consequence) {

  /** Every rule of a parsed file, by name. */
  static Map<String, ParsedRule> of(DrlSource file) {
    Map<String, ParsedRule> rules = new LinkedHashMap<>();
    if (file.model() == null) {
      return rules;
    }
    PackageDescr pkg = file.model();
    for (RuleDescr r : pkg.getRules()) {
      Set<String> bound = new LinkedHashSet<>();
      Map<String, Integer> measures = new LinkedHashMap<>();
      Map<String, Integer> groups = new LinkedHashMap<>();
      walk(r.getLhs(), bound, measures, groups);
      var phase =
          r.getAttributes().containsKey("agenda-group")
              ? r.getAttributes().get("agenda-group")
              : r.getAttributes().get("ruleflow-group");
      String text = file.text();
      int end = Math.min(text.length(), Math.max(r.getEndCharacter(), r.getStartCharacter()));
      rules.put(
          r.getName(),
          new ParsedRule(
              file.file(),
              r.getName(),
              pkg.getName(),
              r.getLine(),
              text.substring(Math.max(0, r.getStartCharacter()), end),
              bound,
              measures,
              groups,
              phase == null ? null : phase.getValue(),
              r.getConsequence() == null ? "" : r.getConsequence().toString()));
    }
    return rules;
  }

  private static void walk(
      BaseDescr d, Set<String> bound, Map<String, Integer> measures, Map<String, Integer> groups) {
    if (d instanceof ConditionalElementDescr ce) {
      for (Object child : ce.getDescrs()) {
        walk((BaseDescr) child, bound, measures, groups);
      }
    } else if (d instanceof PatternDescr p) {
      if (p.getIdentifier() != null) {
        bound.add(p.getIdentifier());
      }
      if (p.getSource() instanceof CollectDescr c) {
        walk(c.getInputPattern(), bound, measures, groups);
      } else if (p.getSource() instanceof AccumulateDescr a) {
        walk(a.getInput(), bound, measures, groups);
        a.getFunctions().stream()
            .filter(f -> f.getBind() != null)
            .forEach(f -> bound.add(f.getBind()));
      }
      for (BaseDescr c : p.getDescrs()) {
        if (c instanceof ExprConstraintDescr e) {
          DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
          ConstraintConnectiveDescr tree = parser.parse(e.getExpression());
          if (tree != null && !parser.hasErrors()) {
            constraint(tree, e.getLine(), bound, measures, groups);
          }
        }
      }
    }
  }

  private static void constraint(
      BaseDescr d,
      int line,
      Set<String> bound,
      Map<String, Integer> measures,
      Map<String, Integer> groups) {
    if (d instanceof ConstraintConnectiveDescr c) {
      c.getDescrs().forEach(child -> constraint(child, line, bound, measures, groups));
    } else if (d instanceof BindingDescr b) {
      bound.add(b.getVariable());
    } else if (d instanceof RelationalExprDescr r
        && r.getOperator().equals("==")
        && !r.isNegated()
        && r.getRight() instanceof AtomicExprDescr right
        && right.isLiteral()
        && right.getExpression().startsWith("\"")) {
      String property = left(r.getLeft(), bound);
      String value = right.getExpression().substring(1, right.getExpression().length() - 1);
      if ("measure".equals(property)) {
        measures.putIfAbsent(value, line);
      } else if ("group".equals(property)) {
        groups.putIfAbsent(value, line);
      }
    }
  }

  private static String left(BaseDescr left, Set<String> bound) {
    if (left instanceof BindingDescr b) {
      bound.add(b.getVariable());
      return b.getExpression().strip();
    }
    return left instanceof AtomicExprDescr a ? a.getExpression().strip() : null;
  }
}

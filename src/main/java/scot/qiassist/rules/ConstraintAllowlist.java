package scot.qiassist.rules;

import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks one condition of a pattern, read with Drools' own expression parser: each side of each
 * comparison must be an allowed expression, each operator one of the listed ones, and a pattern
 * given to {@code matches} must be in the {@link RegexSubset}.
 */
final class ConstraintAllowlist {

  /** The comparison operators a condition may use. */
  static final Set<String> OPERATORS =
      Set.of(
          "==",
          "!=",
          "<",
          ">",
          "<=",
          ">=",
          "contains",
          "excludes",
          "memberOf",
          "matches",
          "soundslike",
          "str");

  private final RuleAllowlist rules;

  ConstraintAllowlist(RuleAllowlist rules) {
    this.rules = rules;
  }

  void check(BaseDescr constraint, String rule, Set<String> bound) {
    if (!(constraint instanceof ExprConstraintDescr e)) {
      rules.refuse(
          constraint,
          rule,
          "has a condition of a kind rules may not use (" + ConditionWords.of(constraint) + ")",
          null);
      return;
    }
    DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
    ConstraintConnectiveDescr tree = parser.parse(e.getExpression());
    if (parser.hasErrors() || tree == null) {
      rules.refuse(
          e,
          rule,
          "has a condition that cannot be read: '" + e.getExpression() + "'",
          "check the brackets and quotes of this condition.");
      return;
    }
    node(e, tree, rule, bound);
  }

  private void node(ExprConstraintDescr at, BaseDescr d, String rule, Set<String> bound) {
    if (d instanceof ConstraintConnectiveDescr c) {
      c.getDescrs().forEach(child -> node(at, child, rule, bound));
    } else if (d instanceof BindingDescr b) {
      rules.java(at, rule, b.getExpression(), bound, true);
      bound.add(b.getVariable());
    } else if (d instanceof RelationalExprDescr r) {
      relation(at, r, rule, bound);
    } else if (d instanceof AtomicExprDescr a) {
      rules.java(at, rule, a.getExpression(), bound, true);
    } else {
      rules.refuse(
          at,
          rule,
          "has a condition of a kind rules may not use (" + ConditionWords.of(d) + ")",
          null);
    }
  }

  private void relation(
      ExprConstraintDescr at, RelationalExprDescr r, String rule, Set<String> bound) {
    String operator = r.getOperator();
    List<String> parameters = r.getParameters();
    if (!OPERATORS.contains(operator)) {
      rules.refuse(
          at,
          rule,
          "compares with '" + operator + "', which is not one of the operators rules may use",
          "the operators are " + String.join(", ", OPERATORS.stream().sorted().toList()) + ".");
    } else if (parameters != null && !parameters.isEmpty() && !operator.equals("str")) {
      rules.refuse(at, rule, "gives '" + operator + "' parameters, which rules may not do", null);
    }
    node(at, r.getLeft(), rule, bound);
    if (operator.equals("matches")) {
      pattern(at, r.getRight(), rule);
    }
    node(at, r.getRight(), rule, bound);
  }

  private void pattern(ExprConstraintDescr at, BaseDescr right, String rule) {
    if (!(right instanceof AtomicExprDescr a)
        || !a.isLiteral()
        || !a.getExpression().startsWith("\"")) {
      rules.refuse(
          at,
          rule,
          "gives 'matches' a pattern that is not written in the rule",
          "write the pattern in quotes after matches, so that it can be checked.");
      return;
    }
    String literal = a.getExpression();
    String pattern =
        com.github.javaparser.utils.StringEscapeUtils.unescapeJava(
            literal.substring(1, literal.length() - 1));
    RegexSubset.refusal(pattern)
        .ifPresent(
            why ->
                rules.refuse(
                    at,
                    rule,
                    "gives 'matches' the pattern " + literal + ", which " + why,
                    "rules/README.md lists the patterns 'matches' accepts."));
  }
}

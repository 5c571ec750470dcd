package scot.qiassist.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A decision table (*.drl.csv) as the DRL Drools makes of it, so that the allowlist reads exactly
 * what will be compiled, and a refusal in the DRL is reported at the table's row: Drools names each
 * rule of a table after the table and the row it comes from ("Staff views_12").
 */
final class DecisionTableDrl {

  static final String SUFFIX = ".drl.csv";
  private static final Pattern ROW = Pattern.compile("_(\\d+)$");

  private DecisionTableDrl() {}

  /** The DRL of a table, or the problem that kept the table from being read. */
  record Compiled(String drl, List<RuleProblem> problems) {}

  static Compiled compile(String file, String csv) {
    try {
      String drl =
          new SpreadsheetCompiler()
              .compile(
                  new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
      return new Compiled(drl, List.of());
    } catch (RuntimeException e) {
      return new Compiled(
          null,
          List.of(
              RuleProblem.at(
                  file,
                  0,
                  "the decision table could not be read: " + String.valueOf(e.getMessage()))));
    }
  }

  /** The allowlist's refusals of a table's DRL, each placed at the table row of its rule. */
  static List<RuleProblem> screen(
      String file, String csv, scot.qiassist.terms.StandardWords words) {
    Compiled compiled = compile(file, csv);
    if (compiled.drl() == null) {
      return compiled.problems();
    }
    List<RuleProblem> placed = new ArrayList<>();
    for (RuleProblem p : RuleAllowlist.check(file, compiled.drl(), words)) {
      Matcher row = p.rule() == null ? null : ROW.matcher(p.rule());
      if (row != null && row.find()) {
        int line = Integer.parseInt(row.group(1));
        placed.add(
            new RuleProblem(
                file, line, 0, p.rule(), "row " + line + ": a cell " + p.message(), p.hint()));
      } else {
        placed.add(
            new RuleProblem(
                file, 0, 0, p.rule(), "in the DRL made from the table, " + p.message(), p.hint()));
      }
    }
    return placed;
  }
}

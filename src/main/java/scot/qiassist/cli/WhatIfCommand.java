package scot.qiassist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.report.JsonReport;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.whatif.WhatIf;
import scot.qiassist.whatif.WhatIfAnalysis;
import scot.qiassist.whatif.WhatIfText;

/**
 * {@code qi-assist what-if FILE}: the one-step changes of the evidence that would move the grade.
 */
@Command(
    name = "what-if",
    mixinStandardHelpOptions = true,
    description = {
      "Tries each figure one band up and down and drops each finding in turn, and lists the changes that would move the grade, nearest first.",
      "With a draft grade in the evidence: the evidence that supports it and the evidence that stands against it."
    })
final class WhatIfCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Parameters(
      paramLabel = "FILE",
      description =
          "the evidence file: JSON (see schema/evidence.schema.json), or a spreadsheet (.xlsx or"
              + " .csv) in the layout of 'qi-assist template'")
  Path file;

  @Option(
      names = "--keep-good-rows",
      description =
          "for a spreadsheet with bad rows: leave them out (each is listed) and use the rest;"
              + " without it, a spreadsheet with any bad row is refused whole")
  boolean keepGoodRows;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = rules.load();
    WhatIf answer =
        new WhatIfAnalysis(new Evaluator(ruleSet))
            .analyse(EvidenceFile.read(file, ruleSet, keepGoodRows, spec.commandLine().getErr()));
    spec.commandLine()
        .getOut()
        .print(format == Format.json ? JsonReport.render(answer) + "\n" : WhatIfText.of(answer));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

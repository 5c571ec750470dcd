package scot.qiassist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.report.JsonReport;
import scot.qiassist.report.ReadableReport;
import scot.qiassist.rules.RuleSet;

/** {@code qi-assist evaluate FILE}: the grade and key messages the evidence supports, and why. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates one evidence file: the QI 2.1 grade, key messages, and every rule that fired, explained.")
final class EvaluateCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    markdown
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
      description = "text, json or markdown (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = rules.load();
    Evaluation result =
        new Evaluator(ruleSet)
            .evaluate(EvidenceFile.read(file, ruleSet, keepGoodRows, spec.commandLine().getErr()));
    String rendered =
        switch (format) {
          case json -> JsonReport.render(result);
          case markdown -> ReadableReport.markdown(result);
          case text -> ReadableReport.text(result);
        };
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

package scot.qiassist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.pages.MarkdownReport;
import scot.qiassist.pages.ModerationReportPage;
import scot.qiassist.pages.PageContext;
import scot.qiassist.pages.ReportOptions;
import scot.qiassist.pages.ReportSubject;
import scot.qiassist.rules.RuleSet;

/** {@code qi-assist report ID|FILE}: the moderation report, offline, as HTML or Markdown. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the moderation report of a stored evaluation (by its id) or of an evidence file (evaluated now): "
            + "HTML (the printable page, its styles inside, to save and open in a browser) or Markdown.")
final class ReportCommand implements Callable<Integer> {

  enum Format {
    html,
    markdown
  }

  @Parameters(
      paramLabel = "ID|FILE",
      description = "a stored evaluation's id, or an evidence file (JSON)")
  String subject;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "html or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin DatabaseOption database;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = rules.load();
    ReportSubject report;
    if (isFile(subject)) {
      EvidenceDocument evidence = EvidenceFile.read(Path.of(subject), ruleSet);
      report = ReportSubject.unstored(evidence, new Evaluator(ruleSet).evaluate(evidence));
    } else {
      report = ReportSubject.of(database.open().get(subject));
    }
    String rendered =
        switch (format) {
          case html ->
              ModerationReportPage.render(
                  PageContext.offline(),
                  report,
                  ruleSet.standardWords().bands(),
                  ruleSet.gradeParameters(),
                  ReportOptions.printView());
          case markdown -> MarkdownReport.render(report);
        };
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** A file when one is there, or when it is written like one: ids have neither '/' nor ".json". */
  private static boolean isFile(String subject) {
    return Files.exists(Path.of(subject))
        || subject.contains("/")
        || subject.contains("\\")
        || subject.endsWith(".json");
  }
}

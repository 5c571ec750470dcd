package scot.qiassist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.wording.Draft;
import scot.qiassist.wording.DraftReader;
import scot.qiassist.wording.DraftTooLargeException;
import scot.qiassist.wording.WordingCheck;
import scot.qiassist.wording.WordingReport;
import scot.qiassist.wording.WordingTerms;
import scot.qiassist.wording.WordingText;

/**
 * {@code qi-assist wording --evidence FILE --text REPORT}: every quantity word against its figure.
 */
@Command(
    name = "wording",
    mixinStandardHelpOptions = true,
    description =
        "Checks the quantity words of a draft report (text, Markdown or .docx) against the standard words and the evidence; exit 5 when something is flagged.")
final class WordingCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Option(
      names = "--evidence",
      required = true,
      paramLabel = "FILE",
      description = "the evidence file the draft reports (JSON)")
  Path evidence;

  @Option(
      names = "--text",
      required = true,
      paramLabel = "REPORT",
      description = "the draft report: plain text or Markdown in UTF-8, or a Word .docx")
  Path text;

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
    WordingTerms terms = WordingTerms.load(ruleSet, rules.resolve());
    EvidenceDocument document = EvidenceFile.read(evidence, ruleSet);
    WordingReport report = new WordingCheck(terms).check(draft(), document);
    var out = spec.commandLine().getOut();
    out.print(
        format == Format.json
            ? QiAssistJson.INDENTED.writeValueAsString(report) + "\n"
            : WordingText.render(report));
    out.flush();
    return report.flagged() ? ExitCodes.WORDING_FLAGGED : ExitCodes.OK;
  }

  private Draft draft() throws Exception {
    if (!Files.isRegularFile(text)) {
      throw new InputFileException(text, "no such draft report");
    }
    try {
      long size = Files.size(text);
      if (size > DraftReader.MAX_BYTES) {
        throw new DraftTooLargeException(text.toString(), size, DraftReader.MAX_BYTES);
      }
      return DraftReader.read(text.toString(), Files.readAllBytes(text));
    } catch (IOException e) {
      throw new InputFileException(text, "could not be read: " + e.getMessage());
    }
  }
}

package scot.qiassist.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.evidence.sheet.EvidenceTemplate;

/** {@code qi-assist template FILE}: the evidence spreadsheet to fill in, as .xlsx or .csv. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the evidence spreadsheet to fill in: the inspection's details above a table with one row per figure or finding.",
      "FILE.xlsx also lists the measures and accepted phrases of the rules and offers each column's values; FILE.csv is the bare layout.",
      "Evaluate the filled-in sheet with 'qi-assist evaluate FILE'."
    })
final class TemplateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "where to write it, ending in .xlsx or .csv")
  Path file;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
      throw new InputFileException(file, "give a name ending in .xlsx or .csv");
    }
    if (Files.exists(file)) {
      throw new InputFileException(
          file, "already exists; choose another name, or move the file away first");
    }
    byte[] bytes =
        name.endsWith(".xlsx")
            ? EvidenceTemplate.xlsx(rules.load())
            : EvidenceTemplate.csv().getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new InputFileException(file, "could not be written: " + e.getMessage());
    }
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + file
                + ". Fill in the details and one row per figure or finding, then run"
                + " qi-assist evaluate "
                + file);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

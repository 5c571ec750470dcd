package scot.qiassist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.examples.ExampleCheck;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.examples.ExpectedOutcomes;

/**
 * {@code qi-assist test}: evaluates examples and shows how each differs from its expected outcome.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates every example (default: all of examples/) against its expected outcome (NAME.expected.json) and prints what differs. Exit 0 when all match, 4 when any differs. With --accept, writes each example's current outcome as its expected outcome.")
final class TestCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "EXAMPLE",
      arity = "0..*",
      description = "evidence files with an expected outcome beside them")
  List<Path> examples;

  @Mixin RulesOption rules;

  @Option(
      names = "--accept",
      description =
          "write each example's outcome under these rules as its expected outcome (after reviewing the differences)")
  boolean accept;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Path> chosen =
        examples == null || examples.isEmpty()
            ? ExpectedOutcomes.examplesIn(ExampleFiles.directory())
            : examples;
    ExampleCheck check = new ExampleCheck(rules.load());
    var out = spec.commandLine().getOut();
    if (accept) {
      for (Path example : chosen) {
        ExpectedOutcomes.write(ExpectedOutcomes.expectedFileOf(example), check.outcome(example));
        out.println("accepted " + example + " -> " + ExpectedOutcomes.expectedFileOf(example));
      }
      out.flush();
      return ExitCodes.OK;
    }
    List<ExampleResult> results = check.run(chosen);
    for (ExampleResult r : results) {
      if (r.passed()) {
        out.println("same     " + r.example() + " (" + r.difference().gradeAfter() + ")");
      } else if (r.problem() != null) {
        out.println("PROBLEM  " + r.example() + ": " + r.problem().replace("\n", "\n         "));
      } else {
        out.println("DIFFERS  " + r.example());
        r.difference().lines("expected", "now").forEach(l -> out.println("         " + l));
      }
    }
    long differing = results.stream().filter(r -> !r.passed()).count();
    out.println(results.size() - differing + " passed, " + differing + " failed");
    out.flush();
    return differing == 0 ? ExitCodes.OK : ExitCodes.EXAMPLES_DIFFER;
  }
}

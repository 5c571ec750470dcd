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
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;

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

  @Option(
      names = "--verbose",
      description = "also list, for each example, the rules that fired (a trace, not compared)")
  boolean verbose;

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
        Path expected = ExpectedOutcomes.expectedFileOf(example);
        Outcome now = check.outcome(example);
        List<String> changes = acceptedChanges(expected, now);
        ExpectedOutcomes.write(expected, now);
        out.println(
            (changes.isEmpty() ? "unchanged " : "accepted  ")
                + example
                + " -> "
                + expected
                + " ("
                + now.grade()
                + ")");
        changes.forEach(l -> out.println("          " + l));
      }
      out.flush();
      return ExitCodes.OK;
    }
    List<ExampleResult> results = check.run(chosen);
    for (ExampleResult r : results) {
      if (verbose && r.problem() == null) {
        Outcome now = check.outcome(r.example());
        out.println(
            "rules that fired for " + r.example() + ": " + String.join(", ", now.firedRules()));
      }
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
    if (differing > 0) {
      out.println(
          "Once every difference above is intended, qi-assist test --accept writes the new outcomes.");
    }
    out.flush();
    return differing == 0 ? ExitCodes.OK : ExitCodes.EXAMPLES_DIFFER;
  }

  /** What writing this outcome changes in the expected-outcome file, line by line. */
  private static List<String> acceptedChanges(Path expected, Outcome now) {
    try {
      return OutcomeDifference.between(ExpectedOutcomes.read(expected), now).lines("was", "now");
    } catch (java.io.IOException e) {
      return List.of("new expected outcome (there was none readable: " + e.getMessage() + ")");
    }
  }
}

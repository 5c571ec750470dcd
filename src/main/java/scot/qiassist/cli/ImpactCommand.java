package scot.qiassist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.impact.Impact;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.impact.ImpactText;
import scot.qiassist.impact.NamedEvidence;
import scot.qiassist.report.JsonReport;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.EvaluationFilter;

/** {@code qi-assist impact}: what a change of rules does to the same evidence. */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates the same evidence (default: the examples; --stored: the stored evaluations) under two rule directories and reports what changes: grades up or down, key messages gained or lost, per file and in total.")
final class ImpactCommand implements Callable<Integer> {

  enum Format {
    text,
    markdown,
    json
  }

  @Option(
      names = "--from",
      required = true,
      paramLabel = "OLD_RULES_DIR",
      description = "the rules as they are")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "NEW_RULES_DIR",
      description = "the rules as they would be")
  Path to;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, markdown (for a change request) or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(
      paramLabel = "EVIDENCE",
      arity = "0..*",
      description = "evidence files (default: every example)")
  List<Path> evidence;

  @Option(
      names = "--stored",
      description =
          "take the evidence of every stored evaluation (the newest 1000) as the corpus, instead of files")
  boolean stored;

  @Mixin DatabaseOption database;

  @Spec CommandSpec spec;

  @Option(
      names = "--progress",
      description =
          "show how many stored evaluations are weighed so far on standard error (the default when"
              + " standard error is a terminal)")
  boolean progress;

  /**
   * A line on standard error, rewritten in place, saying how many of the stored evaluations are
   * weighed: shown on a terminal, or with --progress; a script reading the report never sees it.
   */
  private Impact.Progress progressLine(int total) {
    if (!progress && System.console() == null) {
      return (done, all) -> {};
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    int step = Math.max(1, total / 100);
    int[] shown = {0};
    return (done, all) -> {
      if (done % step != 0 && done != all) {
        return;
      }
      synchronized (shown) {
        // Threads finish out of order: never show a smaller count after a larger one.
        if (done <= shown[0]) {
          return;
        }
        shown[0] = done;
        err.print("\rWeighing stored evaluations: " + done + " of " + all);
        if (done == all) {
          err.println();
        }
        err.flush();
      }
    };
  }

  @Override
  public Integer call() throws Exception {
    if (stored && evidence != null && !evidence.isEmpty()) {
      throw new InputFileException(evidence.get(0), "give evidence files or --stored, not both");
    }
    RulesCompared rules = compileBoth(from, to);
    ImpactReport report;
    if (stored) {
      List<NamedEvidence> corpus =
          database
              .open()
              .evidence(EvaluationFilter.all().withLimit(EvaluationFilter.MAX_LIMIT))
              .stream()
              .map(e -> new NamedEvidence(e.name(), e.json()))
              .toList();
      report = Impact.ofEvidence(rules.old(), rules.now(), corpus, progressLine(corpus.size()));
    } else {
      List<Path> corpus =
          evidence == null || evidence.isEmpty()
              ? ExpectedOutcomes.examplesIn(ExampleFiles.directory())
              : evidence;
      report = Impact.of(rules.old(), rules.now(), corpus);
    }
    String rendered =
        switch (format) {
          case json -> JsonReport.render(report) + "\n";
          case markdown -> ImpactText.render(report, true);
          case text -> ImpactText.render(report, false);
        };
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The rules as they are and as they would be. */
  private record RulesCompared(RuleSet old, RuleSet now) {}

  /**
   * The old and the new rules, compiled at the same time: on a cold start compiling is most of what
   * impact costs, and the two compiles share nothing. When both fail, the old rules' problem is the
   * one reported, as when they were compiled one after the other.
   */
  private static RulesCompared compileBoth(Path from, Path to) throws RuleSetException {
    CompletableFuture<RuleSet> older =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new RuleSetLoader().load(from);
              } catch (RuleSetException e) {
                throw new CompletionException(
                    new RuleSetException("The old rules in " + from, e.problems()));
              }
            });
    RuleSet newer = null;
    RuleSetException newerProblem = null;
    try {
      newer = new RuleSetLoader().load(to);
    } catch (RuleSetException e) {
      newerProblem = new RuleSetException("The new rules in " + to, e.problems());
    }
    RuleSet old;
    try {
      old = older.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuleSetException problem) {
        throw problem;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    if (newerProblem != null) {
      throw newerProblem;
    }
    return new RulesCompared(old, newer);
  }
}

package scot.qiassist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.drools.commands.runtime.rule.AgendaGroupSetFocusCommand;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.whatif.WhatIf;
import scot.qiassist.whatif.WhatIfAnalysis;

/**
 * In-process evaluation and what-if of the North Lanarkshire example, warm, one thread: the
 * distribution of single calls (p50, p99), as the targets are written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

  private Evaluator evaluator;
  private EvidenceReader reader;
  private WhatIfAnalysis whatIf;
  private WhatIfAnalysis whatIfEachWhole;
  private final ForkJoinPool oneThread = new ForkJoinPool(1);
  private String json;
  private EvidenceDocument evidence;
  private RuleSet rules;
  private EvidenceDocument goodDraftedVeryGood;
  private WhatIfAnalysis whatIfThreeStatements;

  @Setup
  public void load() throws Exception {
    rules = new RuleSetLoader().load(Path.of("rules"));
    evaluator = new Evaluator(rules);
    reader = new EvidenceReader(rules.measures(), rules.phrases());
    whatIf = new WhatIfAnalysis(evaluator);
    whatIfEachWhole = WhatIfAnalysis.evaluatingEachWhole(evaluator);
    json = Files.readString(Path.of("examples/north-lanarkshire-2023.json"));
    evidence = reader.read(json);
    goodDraftedVeryGood =
        reader.read(
            Files.readString(Path.of("src/test/resources/whatif/good-drafted-very-good.json")));
    // The same rules with very good needing major strengths in three statements: the draft then
    // needs two changes, and what-if weighs sets of two.
    Map<String, String> files = new HashMap<>(RuleSetLoader.readDirectory(Path.of("rules")));
    files.compute(
        "grade/grade-parameters.csv",
        (name, text) ->
            text.replace(
                "very-good-statements-with-major,2,", "very-good-statements-with-major,3,"));
    whatIfThreeStatements =
        new WhatIfAnalysis(new Evaluator(new RuleSetLoader().load("rules", files)));
  }

  /** The evaluation alone: one fresh session, every rule, the explained result. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Evaluation evaluate() {
    return evaluator.evaluate(evidence);
  }

  /**
   * The engine's own cost, the floor of {@link #evaluate}: the same rules and starting facts in a
   * stateless session, the same phases, no listener and no result written.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ExecutionResults engineOnly() {
    List<Command<?>> commands = new ArrayList<>();
    commands.add(CommandFactory.newInsertElements(evaluator.facts(evidence)));
    Evaluator.PHASES.forEach(phase -> commands.add(new AgendaGroupSetFocusCommand(phase)));
    commands.add(CommandFactory.newFireAllRules(Evaluator.FIRING_CAP));
    return rules
        .kieBase()
        .newStatelessKieSession()
        .execute(CommandFactory.newBatchExecution(commands));
  }

  /**
   * What the service does per request before writing JSON: read and check the evidence, then
   * evaluate.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Evaluation readAndEvaluate() throws Exception {
    return evaluator.evaluate(reader.read(json));
  }

  /** Every one-step change of the evidence, evaluated on every core. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhatIf whatIf() {
    return whatIf.analyse(evidence);
  }

  /**
   * {@link #whatIf} on one thread: all it costs, which a loaded machine's sharing of its cores does
   * not hide (the parallel stream runs in a pool of one; the evidence's own facts and the variants'
   * are still derived side by side, on a second thread, for part of the time).
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhatIf whatIfOnOneThread() throws Exception {
    return oneThread.submit(() -> whatIf.analyse(evidence)).get();
  }

  @TearDown
  public void stop() {
    oneThread.shutdown();
  }

  /**
   * {@link #whatIf} as it was before variants were weighed from the evidence's own facts: every
   * variant evaluated whole (grade only), each in a session of its own, on every core.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhatIf whatIfEachWhole() {
    return whatIfEachWhole.analyse(evidence);
  }

  /**
   * What-if that reaches the draft: evidence graded Good for want of a second statement with a
   * major strength, drafted Very good. Every one-step change, the changes towards the draft
   * (additions included), and the smallest sets that give the draft, explained.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhatIf whatIfToDraft() {
    return whatIf.analyse(goodDraftedVeryGood);
  }

  /** What-if that reaches the draft with two changes at least: sets of two are weighed. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhatIf whatIfToDraftInTwoChanges() {
    return whatIfThreeStatements.analyse(goodDraftedVeryGood);
  }
}

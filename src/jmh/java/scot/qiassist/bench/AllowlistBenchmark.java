package scot.qiassist.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import scot.qiassist.reload.CandidateRun;
import scot.qiassist.reload.CandidateWorker;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;

/**
 * What the rule allowlist adds to {@code check} and to a reload: the screen alone (parse with
 * Drools' parser and javaparser, walk the allowlist; no compile) against the whole load it is part
 * of (screen and compile), over the repository's rules/, warm, one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class AllowlistBenchmark {

  private Map<String, String> files;

  @Setup
  public void read() throws Exception {
    files = RuleSetLoader.readDirectory(Path.of("rules"));
  }

  @Benchmark
  public List<RuleProblem> screen() {
    return new RuleSetLoader().screen("rules", files);
  }

  @Benchmark
  public RuleSet load() throws Exception {
    return new RuleSetLoader().load("rules", files);
  }

  /**
   * One candidate run in a fresh worker process, from its start to its answer: what a check or a
   * reload paid before the worker was kept warm, and what the first candidate after a replacement
   * with no warm-up pays.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public CandidateRun childRun() {
    try (CandidateWorker worker = new CandidateWorker(CandidateWorker.TIME_LIMIT)) {
      return worker.run(files, Map.of());
    }
  }
}

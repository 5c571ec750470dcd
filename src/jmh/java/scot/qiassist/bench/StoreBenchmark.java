package scot.qiassist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.WrittenResult;

/**
 * The in-process side of the HTTP targets of issue 15: what {@code POST /api/evaluations} does for
 * one request without HTTP, and the commit of its row alone. The database is a SQLite file in a
 * temporary folder, as {@code bench/load.sh} gives the service, in write-ahead-log mode with
 * synchronous=FULL (each commit is flushed to disk), new for each iteration so that it does not
 * grow without bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreBenchmark {

  private Evaluator evaluator;
  private EvidenceReader reader;
  private String json;
  private EvidenceDocument evidence;
  private WrittenResult written;
  private Path folder;
  private Database database;
  private EvaluationStore store;

  @Setup
  public void load() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    evaluator = new Evaluator(rules);
    reader = new EvidenceReader(rules.measures(), rules.phrases());
    json = Files.readString(Path.of("examples/north-lanarkshire-2023.json"));
    evidence = reader.read(json);
    written = WrittenResult.of(evaluator.evaluate(evidence));
  }

  @Setup(Level.Iteration)
  public void openDatabase() throws IOException {
    folder = Files.createTempDirectory("qi-assist-bench-");
    database = Database.open("jdbc:sqlite:" + folder.resolve("qi-assist.db"));
    store = new EvaluationStore(database);
  }

  @TearDown(Level.Iteration)
  public void dropDatabase() throws IOException {
    database.close();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** One stored evaluation's row, its result already written: the insert and the flush alone. */
  @Benchmark
  public String commit() {
    return store.save(json, evidence, written, "bench");
  }

  /**
   * The route's work without HTTP: read and check the evidence, evaluate it, write the result as
   * JSON once, store the row (committed) and put the id in front of the answer.
   */
  @Benchmark
  public String readEvaluateAndStore() throws Exception {
    EvidenceDocument read = reader.read(json);
    Evaluation result = evaluator.evaluate(read);
    WrittenResult answer = WrittenResult.of(result);
    return answer.withId(store.save(json, read, answer, "bench"));
  }
}

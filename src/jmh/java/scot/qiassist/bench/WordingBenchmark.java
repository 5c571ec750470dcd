package scot.qiassist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.wording.Draft;
import scot.qiassist.wording.DraftReader;
import scot.qiassist.wording.WordingCheck;
import scot.qiassist.wording.WordingReport;
import scot.qiassist.wording.WordingTerms;

/**
 * The report-wording check of the whole North Lanarkshire report (72,675 characters) against its
 * evidence, warm, one thread: the distribution of single checks, with the text already read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
public class WordingBenchmark {

  private WordingCheck check;
  private Draft draft;
  private EvidenceDocument evidence;

  @Setup
  public void load() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    check = new WordingCheck(WordingTerms.load(rules, Path.of("rules")));
    Path report = Path.of("src/test/resources/wording/north-lanarkshire-2023-report.txt");
    draft = DraftReader.read(report.toString(), Files.readAllBytes(report));
    evidence =
        new EvidenceReader(rules.measures(), rules.phrases())
            .read(Files.readString(Path.of("examples/north-lanarkshire-2023.json")));
  }

  /** Sentences, quantities, matches to the catalogue and all five kinds of flag. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WordingReport checkReferenceReport() {
    return check.check(draft, evidence);
  }
}

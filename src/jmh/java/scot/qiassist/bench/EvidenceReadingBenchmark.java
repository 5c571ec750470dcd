package scot.qiassist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.PersonalDataScreen;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;

/**
 * What reading the North Lanarkshire evidence costs, warm, one thread: the whole read (JSON,
 * schema, the reader's own checks, the screens), the schema validation alone, and the personal-data
 * screen alone over the file's 79 texts (partnership, description, notes, findings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvidenceReadingBenchmark {

  private EvidenceReader reader;
  private Schema schema;
  private String json;
  private List<String> texts;

  @Setup
  public void load() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    reader = new EvidenceReader(rules.measures(), rules.phrases());
    json = Files.readString(Path.of("examples/north-lanarkshire-2023.json"));
    schema =
        SchemaRegistry.withDefaultDialect(
                Dialect.builder(Dialects.getDraft202012())
                    .keyword(new AnnotationKeyword("enumDescriptions"))
                    .build())
            .getSchema(Files.readString(Path.of("schema/evidence.schema.json")), InputFormat.JSON);
    JsonNode doc = new ObjectMapper().readTree(json);
    texts = new ArrayList<>();
    texts.add(doc.path("partnership").asText());
    texts.add(doc.path("description").asText());
    doc.path("evidence").forEach(e -> texts.add(e.path("note").asText()));
    doc.path("findings").forEach(f -> texts.add(f.path("text").asText()));
  }

  /** The reader as the CLI and the service use it. */
  @Benchmark
  public EvidenceDocument read() throws Exception {
    return reader.read(json);
  }

  /** schema/evidence.schema.json over the file, as the reader runs it (formats asserted). */
  @Benchmark
  public List<Error> schemaAlone() {
    return schema.validate(
        json, InputFormat.JSON, c -> c.executionConfig(x -> x.formatAssertionsEnabled(true)));
  }

  /** The personal-data screen over every free text of the file. */
  @Benchmark
  public void screenAlone(Blackhole out) {
    for (String text : texts) {
      out.consume(PersonalDataScreen.check(text));
    }
  }
}

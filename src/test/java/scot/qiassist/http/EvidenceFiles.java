package scot.qiassist.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** schema/evidence.schema.json, the file editors use, as a test of what the service exports. */
final class EvidenceFiles {

  private static final Path SCHEMA = Path.of("schema", "evidence.schema.json");
  private static Schema schema;

  private EvidenceFiles() {}

  /** What in an evidence file breaks the schema, dates' format included; empty when it fits. */
  static List<String> schemaProblems(JsonNode evidence) {
    return schema()
        .validate(
            evidence.toString(),
            InputFormat.JSON,
            context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .toList();
  }

  private static synchronized Schema schema() {
    if (schema == null) {
      try {
        schema =
            SchemaRegistry.withDefaultDialect(
                    Dialect.builder(Dialects.getDraft202012())
                        .keyword(new AnnotationKeyword("enumDescriptions"))
                        .build())
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }
}

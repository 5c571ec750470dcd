package scot.qiassist.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import scot.qiassist.RepositoryRules;

/**
 * schema/evidence.schema.json, which editors use to check and complete evidence files, agrees with
 * the examples, the measure catalogue and the reader.
 */
class EvidenceSchemaTest {

  static final Path SCHEMA = Path.of("schema", "evidence.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Draft 2020-12, knowing the editors' "enumDescriptions" as an annotation, not a mistake. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          Dialect.builder(Dialects.getDraft202012())
              .keyword(new AnnotationKeyword("enumDescriptions"))
              .build());

  private static String schemaText;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaText = Files.readString(SCHEMA);
    schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
  }

  /** Errors of a document against the schema, with "format": "date" checked too. */
  private static List<Error> validate(String json) {
    return schema.validate(
        json,
        InputFormat.JSON,
        context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(RepositoryRules.EXAMPLES)) {
      List<Path> evidence =
          files
              .filter(
                  p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
              .sorted()
              .toList();
      assertThat(evidence).as("examples in examples/").isNotEmpty();
      return evidence.stream();
    }
  }

  @Test
  void the_schema_is_valid_json_schema_draft_2020_12() {
    Schema metaSchema =
        REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(metaSchema.validate(schemaText, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest(name = "{0} validates against the schema")
  @MethodSource("examples")
  void every_example_validates_against_the_schema(Path example) throws IOException {
    assertThat(validate(Files.readString(example))).isEmpty();
  }

  @Test
  void the_measure_enum_lists_exactly_the_catalogue_ids_in_catalogue_order() throws IOException {
    List<String> catalogue =
        RepositoryRules.get().measures().all().stream().map(Measure::id).toList();

    assertThat(strings(measureProperty().get("enum")))
        .as(
            "the measure enum in %s; it must list every id of rules/measures/measure-catalogue.csv, in order",
            SCHEMA)
        .containsExactlyElementsOf(catalogue);
  }

  @Test
  void each_measure_description_describes_the_measure_beside_it() throws IOException {
    List<Measure> catalogue = RepositoryRules.get().measures().all();
    List<String> descriptions = strings(measureProperty().get("enumDescriptions"));

    assertThat(descriptions).hasSameSizeAs(catalogue);
    for (int i = 0; i < catalogue.size(); i++) {
      Measure m = catalogue.get(i);
      assertThat(descriptions.get(i))
          .as("enumDescriptions[%d], for '%s'", i, m.id())
          .startsWith("Statement " + m.statement() + ", ")
          .endsWith(": " + m.counted());
    }
  }

  @Test
  void every_phrase_the_schema_suggests_is_one_the_reader_knows() throws IOException {
    JsonNode phrase = schemaNode().at("/$defs/evidenceItem/properties/phrase/examples");

    assertThat(strings(phrase))
        .isNotEmpty()
        .allSatisfy(
            words ->
                assertThat(RepositoryRules.get().phrases().interpret(words)).as(words).isPresent());
  }

  @Test
  void an_unknown_field_fails_schema_validation() {
    List<Error> errors = validate("{\"partnership\": \"X\", \"colour\": \"red\"}");

    assertThat(errors).extracting(Error::getKeyword).containsExactly("additionalProperties");
    assertThat(errors).extracting(Error::getProperty).containsExactly("colour");
  }

  /** Small documents the reader refuses: the schema refuses each of them too. */
  @ParameterizedTest(name = "refused: {0}")
  @ValueSource(
      strings = {
        "{}",
        "{\"partnership\": \"\"}",
        "{\"partnership\": \"  \"}",
        "{\"partnership\": 123}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"phrase\": \"most\", \"source\": \"x\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"major\", \"text\": \"t\", \"why\": 1}]}",
        "{\"partnership\": \"X\", \"samples\": {\"staffSurveys\": 10}}",
        "{\"partnership\": \"X\", \"samples\": {\"recordsRead\": 0}}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-helds\", \"phrase\": \"most\"}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"percent\": 80, \"phrase\": \"most\"}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": 3, \"of\": 4, \"percent\": 75}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"note\": \"no figure\"}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": 3}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"of\": 3}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": \"3\", \"of\": 4}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": -1, \"of\": 4}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": 1, \"of\": 0}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"percent\": 100.5}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"percent\": \"80\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 5, \"kind\": \"strength\", \"weight\": \"major\", \"text\": \"t\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1.5, \"kind\": \"strength\", \"weight\": \"major\", \"text\": \"t\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"Strength\", \"weight\": \"major\", \"text\": \"t\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"huge\", \"text\": \"t\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"major\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"major\", \"text\": \"t\", \"aspect\": \"safe\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"major\", \"text\": \"t\", \"keyMessage\": \"yes\"}]}",
        "{\"partnership\": \"X\", \"draftGrade\": 7}",
        "{\"partnership\": \"X\", \"draftGrade\": 0}",
        "{\"partnership\": \"X\", \"draftGrade\": 4.5}",
        "{\"partnership\": \"X\", \"draftGrade\": \"Fair\"}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": \"2023\"}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"2023-04-17\"}}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"17/04/2023\", \"to\": \"2023-09-13\"}}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"2023-04-17\", \"to\": \"2023-02-30\"}}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"2023-04-17\", \"to\": \"2023-09-13\", \"days\": 150}}",
        "{\"partnership\": \"X\", \"evidence\": {\"measure\": \"ird-held\", \"phrase\": \"most\"}}",
        "[]"
      })
  void what_the_reader_refuses_for_its_shape_the_schema_refuses_too(String json) {
    assertThat(readerRefuses(json)).as("the reader refuses it").isTrue();
    assertThat(validate(json)).as("schema errors").isNotEmpty();
  }

  @Test
  void the_schema_holds_the_readers_length_and_count_limits() {
    String longNote = "a".repeat(EvidenceReader.MAX_TEXT + 1);
    String item = "{\"measure\": \"ird-held\", \"phrase\": \"most\"}";
    String finding =
        "{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": \"t\"}";
    List<String> tooBig =
        List.of(
            "{\"partnership\": \"" + "P".repeat(121) + "\"}",
            "{\"partnership\": \"X\", \"description\": \"" + "d".repeat(4001) + "\"}",
            "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"phrase\": \"most\", \"note\": \""
                + longNote
                + "\"}]}",
            "{\"partnership\": \"X\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": \""
                + longNote
                + "\"}]}",
            "{\"partnership\": \"X\", \"evidence\": ["
                + copies(item, EvidenceReader.MAX_ITEMS + 1)
                + "]}",
            "{\"partnership\": \"X\", \"findings\": ["
                + copies(finding, EvidenceReader.MAX_ITEMS + 1)
                + "]}");

    for (String json : tooBig) {
      assertThat(readerRefuses(json)).as("the reader refuses it").isTrue();
      assertThat(validate(json)).as("schema errors").isNotEmpty();
    }
    assertThat(validate("{\"partnership\": \"" + "P".repeat(120) + "\"}")).isEmpty();
    assertThat(
            validate(
                "{\"partnership\": \"X\", \"findings\": ["
                    + copies(finding, EvidenceReader.MAX_ITEMS)
                    + "]}"))
        .isEmpty();
  }

  /** Small documents the reader accepts: the schema accepts each of them too. */
  @ParameterizedTest(name = "accepted: {0}")
  @ValueSource(
      strings = {
        "{\"partnership\": \"X\"}",
        "{\"$schema\": \"../schema/evidence.schema.json\", \"partnership\": \"X\", \"description\": \"A test.\"}",
        "{\"partnership\": \"X\", \"draftGrade\": 1}",
        "{\"partnership\": \"X\", \"draftGrade\": 6}",
        "{\"partnership\": \"X\", \"draftGrade\": \"Unsatisfactory\"}",
        "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"2023-04-17\", \"to\": \"2023-04-17\"}}",
        "{\"partnership\": \"X\", \"samples\": {\"recordsRead\": 60, \"electedMembers\": 1}}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": 0, \"of\": 4, \"note\": \"n\"}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"percent\": 74.5}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"percent\": 0}]}",
        "{\"partnership\": \"X\", \"evidence\": [{\"measure\": \"ird-held\", \"phrase\": \"just over 40%\"}]}",
        "{\"partnership\": \"X\", \"findings\": [{\"statement\": 4, \"kind\": \"area-for-improvement\", \"weight\": \"important\", \"text\": \"t\", \"aspect\": \"best-start\", \"keyMessage\": true}]}"
      })
  void what_the_reader_accepts_the_schema_accepts_too(String json) {
    assertThat(readerRefuses(json)).as("the reader refuses it").isFalse();
    assertThat(validate(json)).isEmpty();
  }

  private static boolean readerRefuses(String json) {
    try {
      RepositoryRules.reader().read(json);
      return false;
    } catch (InvalidEvidenceException e) {
      return true;
    }
  }

  private static String copies(String json, int n) {
    return String.join(",", Collections.nCopies(n, json));
  }

  private static JsonNode schemaNode() throws IOException {
    return JSON.readTree(schemaText);
  }

  private static JsonNode measureProperty() throws IOException {
    return schemaNode().at("/$defs/evidenceItem/properties/measure");
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}

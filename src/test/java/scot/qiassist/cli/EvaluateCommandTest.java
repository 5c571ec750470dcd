package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;

class EvaluateCommandTest {

  private static final String NORTH_LANARKSHIRE = "examples/north-lanarkshire-2023.json";

  @TempDir Path temp;

  @Test
  void the_north_lanarkshire_example_evaluates_to_very_good_with_explanations() {
    Run run = Run.of("evaluate", NORTH_LANARKSHIRE);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Quality indicator 2.1, impact on children and young people: Very good (5)")
        .contains("Not higher, because these criteria of the grade above do not hold:")
        .contains("Areas for improvement of important weight: 2; excellent allows at most 0.")
        .contains("Statement 1: Children and young people are safer")
        .contains(
            "Almost all staff confident to recognise and report abuse is a key message of statement 1")
        .contains("Boundary warnings (1)")
        .contains("Draft grade: Very good (agree)");
  }

  @Test
  void json_output_carries_the_contract_fields() throws Exception {
    Run run = Run.of("evaluate", NORTH_LANARKSHIRE, "--format", "json");

    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("grade").get("value").asInt()).isEqualTo(5);
    assertThat(result.get("grade").get("label").asText()).isEqualTo("Very good");
    assertThat(result.get("resultFormat").asInt()).isEqualTo(2);
    JsonNode key = result.get("judgements").get(result.get("keyMessages").get(0).asInt());
    assertThat(key.fieldNames())
        .toIterable()
        .contains("statement", "text", "kind", "rule", "evidence", "keyMessage");
    assertThat(key.get("keyMessage").asBoolean()).isTrue();
    JsonNode firing = result.get("firedRules").get(0);
    assertThat(firing.fieldNames()).toIterable().contains("rule", "explanation", "facts");
    assertThat(result.get("rules").get(firing.get("rule").asText()).fieldNames())
        .toIterable()
        .contains("name", "file", "line", "metadata");
    assertThat(result.get("gradeCriteria").size()).isEqualTo(5);
    assertThat(result.get("draftGrade").get("verdict").asText()).isEqualTo("agree");
    assertThat(result.get("rulesetVersion").asText()).matches("[0-9a-f]{12}");
    assertThat(result.get("warnings").get(0).get("measure").asText())
        .isEqualTo("children-attended-hearing");
  }

  @Test
  void markdown_output_is_a_document_with_headings() {
    Run run = Run.of("evaluate", NORTH_LANARKSHIRE, "--format", "markdown");

    assertThat(run.out())
        .startsWith("# QI Assist evaluation: North Lanarkshire")
        .contains("## Key messages")
        .contains("**Very good (5)**");
  }

  @Test
  void invalid_evidence_is_refused_with_every_problem_and_exit_code_2() throws Exception {
    Path file = temp.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"partnership": "Test", "samples": {"recordsRead": 60},
         "evidence": [{"measure": "ird-held", "count": 61, "of": 60},
                      {"measure": "ird-hold", "phrase": "most"}],
         "findings": [{"statement": 5, "kind": "strength", "weight": "major", "text": "Good."}]}
        """);

    Run run = Run.of("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("The evidence has 3 problems:")
        .contains("evidence[0].count: 61 is more than the 60 given in 'of'")
        .contains(
            "evidence[1].measure: 'ird-hold' is not in the measure catalogue; the nearest are 'ird-held'")
        .contains("findings[0].statement: 5 is outside 1 to 4")
        .contains("Nothing was evaluated.")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void malformed_json_is_refused_with_its_line_and_column() throws Exception {
    Path file = temp.resolve("broken.json");
    Files.writeString(file, "{\n  \"partnership\": \"Test\",\n  \"evidence\": [\n}\n");

    Run run = Run.of("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the evidence is not valid JSON at line 4, column 1");
  }

  @Test
  void a_missing_file_is_named() {
    Run run = Run.of("evaluate", "no-such-file.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("no-such-file.json: no such evidence file\n");
  }

  @Test
  void a_broken_rule_file_stops_with_its_file_and_line_and_exit_code_3() throws Exception {
    Path rules = copyOfRules();
    Path file = rules.resolve("statements/statement-2-planning-and-support.drl");
    Files.writeString(
        file,
        Files.readString(file).replaceFirst("then\n", "then\n    insert( new Conclusion( ;\n"));

    Run run = Run.of("evaluate", NORTH_LANARKSHIRE, "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("The rule files have")
        .contains("statements/statement-2-planning-and-support.drl line ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void an_unknown_format_is_a_usage_error() {
    Run run = Run.of("evaluate", NORTH_LANARKSHIRE, "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid value for option '--format'")
        .contains("text, json, markdown");
  }

  private Path copyOfRules() {
    return RulesCopy.in(temp.resolve("rules")).directory;
  }
}

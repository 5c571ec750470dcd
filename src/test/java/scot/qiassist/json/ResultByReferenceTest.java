package scot.qiassist.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.grade.CriterionResult;

class ResultByReferenceTest {

  static Stream<Path> examples() throws IOException {
    return Files.list(RepositoryRules.EXAMPLES)
        .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
        .sorted();
  }

  private static Evaluation evaluate(Path example) throws Exception {
    return RepositoryRules.evaluator()
        .evaluate(RepositoryRules.reader().read(Files.readString(example)));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_reads_back_from_its_json_as_the_same_evaluation(Path example)
      throws Exception {
    Evaluation result = evaluate(example);

    String json = QiAssistJson.MAPPER.writeValueAsString(result);

    assertThat(QiAssistJson.MAPPER.readValue(json, Evaluation.class)).isEqualTo(result);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void a_result_stored_in_format_one_reads_as_the_same_evaluation(Path example) throws Exception {
    Evaluation result = evaluate(example);
    // Format 1 is the record written field by field, every fact in place, as stored before.
    String formatOne = JsonMapper.builder().build().writeValueAsString(result);

    assertThat(formatOne).doesNotContain("resultFormat");
    assertThat(QiAssistJson.MAPPER.readValue(formatOne, Evaluation.class)).isEqualTo(result);
  }

  @Test
  void each_rule_and_each_matched_fact_is_written_once_and_firings_refer_to_them()
      throws Exception {
    Evaluation result = evaluate(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"));

    JsonNode json = QiAssistJson.MAPPER.readTree(QiAssistJson.MAPPER.writeValueAsString(result));

    assertThat(json.get("resultFormat").intValue()).isEqualTo(2);
    long distinctRules = result.firedRules().stream().map(FiredRule::ruleId).distinct().count();
    assertThat(json.get("rules").size()).isEqualTo((int) distinctRules);
    JsonNode firing = json.get("firedRules").get(0);
    FiredRule first = result.firedRules().get(0);
    assertThat(firing.get("rule").textValue()).isEqualTo(first.ruleId());
    assertThat(firing.get("explanation").textValue()).isEqualTo(first.explanation());
    assertThat(firing.has("name")).isFalse();
    assertThat(json.get("rules").get(first.ruleId()).get("name").textValue())
        .isEqualTo(first.name());
    List<String> facts =
        QiAssistJson.MAPPER.convertValue(
            json.get("facts"),
            QiAssistJson.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(facts).doesNotHaveDuplicates();
    Judgement key = result.keyMessages().get(0);
    int place = json.get("keyMessages").get(0).intValue();
    assertThat(json.get("judgements").get(place).get("text").textValue()).isEqualTo(key.text());
  }

  @Test
  void a_reason_that_is_one_of_the_criteria_is_written_as_its_rule_id() throws Exception {
    Evaluation result = evaluate(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"));
    CriterionResult reason = result.why().notHigher().get(0);

    JsonNode json = QiAssistJson.MAPPER.readTree(QiAssistJson.MAPPER.writeValueAsString(result));

    assertThat(json.get("why").get("notHigher").get(0).textValue()).isEqualTo(reason.ruleId());
  }

  @Test
  void a_result_not_made_by_the_evaluator_keeps_what_differs_from_its_rule_table()
      throws Exception {
    Evaluation made = evaluate(RepositoryRules.EXAMPLES.resolve("constructed-good.json"));
    FiredRule first = made.firedRules().get(0);
    FiredRule renamed =
        new FiredRule(
            first.ruleId(),
            "another name",
            "elsewhere.drl",
            7,
            Map.of("explanation", "other"),
            first.explanation(),
            first.facts());
    Judgement judgement = made.judgements().get(0);
    Judgement moved =
        new Judgement(
            judgement.statement(),
            judgement.kind(),
            judgement.weight(),
            judgement.aspect(),
            judgement.text(),
            judgement.keyMessage(),
            judgement.ruleId(),
            "a rule of another name",
            "moved.drl",
            99,
            List.of("a fact no firing matched"));
    CriterionResult outside =
        new CriterionResult(4, "not-a-criterion", "text", true, "why", "f", 3);
    Evaluation edited =
        new Evaluation(
            made.partnership(),
            made.grade(),
            new Evaluation.GradeReasons(made.why().summary(), List.of(outside), List.of()),
            made.insufficient(),
            List.of(moved),
            made.judgements(),
            made.balance(),
            made.readings(),
            Stream.concat(made.firedRules().stream(), Stream.of(renamed)).toList(),
            made.gradeCriteria(),
            made.warnings(),
            made.draftGrade(),
            made.rulesetVersion());

    String json = QiAssistJson.MAPPER.writeValueAsString(edited);

    assertThat(QiAssistJson.MAPPER.readValue(json, Evaluation.class)).isEqualTo(edited);
  }

  @Test
  void a_reference_to_a_fact_the_result_does_not_hold_is_refused_naming_it() throws Exception {
    ObjectNode json = writtenTree("constructed-good.json");
    int facts = json.get("facts").size();
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("firedRules").get(0).get("facts"))
        .add(facts + 5);

    assertThatThrownBy(() -> QiAssistJson.MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("refers to fact " + (facts + 5));
  }

  @Test
  void a_key_message_that_refers_past_the_judgements_is_refused_naming_it() throws Exception {
    ObjectNode json = writtenTree("constructed-good.json");
    int judgements = json.get("judgements").size();
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("keyMessages")).add(judgements);

    assertThatThrownBy(() -> QiAssistJson.MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("refers to judgement " + judgements + " as a key message");
  }

  @Test
  void an_empty_entry_in_a_list_of_the_result_is_refused_not_read_as_nothing() throws Exception {
    ObjectNode json = writtenTree("constructed-good.json");
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("firedRules")).addNull();

    assertThatThrownBy(() -> QiAssistJson.MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("an empty entry in a list");
  }

  @Test
  void a_result_in_a_format_this_version_does_not_know_is_refused_naming_the_format()
      throws Exception {
    ObjectNode json = writtenTree("constructed-good.json");
    json.put("resultFormat", 3);

    assertThatThrownBy(() -> QiAssistJson.MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("in format 3");
  }

  /** An example's result as the JSON tree it is written as, to be damaged by a test. */
  private static ObjectNode writtenTree(String example) throws Exception {
    Evaluation result = evaluate(RepositoryRules.EXAMPLES.resolve(example));
    return (ObjectNode)
        QiAssistJson.MAPPER.readTree(QiAssistJson.MAPPER.writeValueAsString(result));
  }
}

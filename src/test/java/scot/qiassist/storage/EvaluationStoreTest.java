package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.report.JsonReport;
import scot.qiassist.storage.Databases.Kind;

/** Evaluations and decisions stored and read back, the same in SQLite and in PostgreSQL. */
class EvaluationStoreTest {

  @TempDir Path temp;

  private static final StoredExamples.Example NORTH_LANARKSHIRE =
      StoredExamples.get("north-lanarkshire-2023");
  private static final StoredExamples.Example GOOD = StoredExamples.get("constructed-good");

  private EvaluationStore store(Kind kind) {
    return new EvaluationStore(Databases.fresh(kind, temp));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_saved_evaluation_is_found_by_its_id_with_its_evidence_result_author_and_version(
      Kind kind) {
    EvaluationStore store = store(kind);

    String id = NORTH_LANARKSHIRE.saveIn(store, "inspector.a");
    StoredEvaluation found = store.get(id);

    assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    assertThat(found.partnership()).isEqualTo("North Lanarkshire");
    assertThat(found.author()).isEqualTo("inspector.a");
    assertThat(found.evidence()).isEqualTo(NORTH_LANARKSHIRE.json());
    assertThat(found.rulesetVersion()).isEqualTo(NORTH_LANARKSHIRE.result().rulesetVersion());
    assertThat(found.result()).isEqualTo(NORTH_LANARKSHIRE.result());
    assertThat(found.currentGrade().label()).isEqualTo("Very good");
    assertThat(found.decisions()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void
      a_stored_evaluation_is_written_as_json_with_its_evidence_as_posted_its_decisions_and_current_grade(
          Kind kind) throws Exception {
    EvaluationStore store = store(kind);
    String id = GOOD.saveIn(store, "inspector.a");
    store.appendDecision(id, Decision.adjust(3, "Weaker.", List.of()), "moderator.m", 0);

    JsonNode json = QiAssistJson.MAPPER.readTree(JsonReport.render(store.get(id)));

    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(json.get("evidence")).isEqualTo(QiAssistJson.MAPPER.readTree(GOOD.json()));
    assertThat(json.at("/result/grade/label").asText()).isEqualTo("Good");
    assertThat(json.at("/currentGrade/label").asText()).isEqualTo("Adequate");
    assertThat(json.at("/decisions/0/outcome").asText()).isEqualTo("adjust");
    assertThat(json.at("/decisions/0/decidedAt").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    assertThat(json.get("createdAt").asText()).endsWith("Z");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void an_unknown_id_is_not_found(Kind kind) {
    EvaluationStore store = store(kind);

    assertThat(store.find("no-such-id")).isEmpty();
    assertThatThrownBy(() -> store.get("no-such-id"))
        .isInstanceOf(EvaluationNotFoundException.class)
        .hasMessage("no stored evaluation has the id 'no-such-id'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void the_list_filters_by_partnership_grade_ruleset_version_and_author_newest_first(Kind kind) {
    EvaluationStore store = new EvaluationStore(Databases.fresh(kind, temp), new TickingClock());
    String first = NORTH_LANARKSHIRE.saveIn(store, "inspector.a");
    String second = GOOD.saveIn(store, "inspector.b");
    String third = NORTH_LANARKSHIRE.saveIn(store, "inspector.b");

    assertThat(ids(store.list(EvaluationFilter.all()))).containsExactly(third, second, first);
    assertThat(ids(store.list(EvaluationFilter.all().withPartnership("north lanarkshire"))))
        .containsExactly(third, first);
    assertThat(ids(store.list(EvaluationFilter.all().withGrade(4)))).containsExactly(second);
    assertThat(ids(store.list(EvaluationFilter.all().withAuthor("inspector.a"))))
        .containsExactly(first);
    assertThat(
            ids(
                store.list(
                    EvaluationFilter.all().withRulesetVersion(GOOD.result().rulesetVersion()))))
        .hasSize(3);
    assertThat(ids(store.list(EvaluationFilter.all().withRulesetVersion("another-version"))))
        .isEmpty();
    assertThat(ids(store.list(EvaluationFilter.all().withLimit(1)))).containsExactly(third);
    assertThat(store.partnerships())
        .containsExactly("Constructed example: Good", "North Lanarkshire");
    assertThat(store.partnerships("inspector.a")).containsExactly("North Lanarkshire");
    assertThat(store.rulesetVersions("inspector.b"))
        .containsExactly(GOOD.result().rulesetVersion());
    assertThat(store.rulesetVersions("nobody")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void decisions_are_kept_in_the_order_they_were_made_and_the_latest_sets_the_current_grade(
      Kind kind) {
    EvaluationStore store = store(kind);
    String id = NORTH_LANARKSHIRE.saveIn(store, "inspector.a");

    store.appendDecision(id, Decision.agree(null, List.of()).withGrade(5), "moderator.m", 0);
    store.appendDecision(
        id,
        Decision.adjust(
            4,
            "Plans were weaker than the figures show.",
            List.of(new DecisionComment("A key message", "Too strong."))),
        "moderator.n",
        1);
    StoredEvaluation found = store.get(id);

    assertThat(found.decisions())
        .extracting(
            RecordedDecision::sequence,
            RecordedDecision::outcome,
            RecordedDecision::grade,
            RecordedDecision::moderator)
        .containsExactly(tuple(1, "agree", 5, "moderator.m"), tuple(2, "adjust", 4, "moderator.n"));
    assertThat(found.decisions().get(1).comments())
        .containsExactly(new DecisionComment("A key message", "Too strong."));
    assertThat(found.currentGrade().label()).isEqualTo("Good");
    assertThat(store.list(EvaluationFilter.all().withGrade(4)))
        .extracting(EvaluationSummary::id)
        .containsExactly(id);
    assertThat(store.list(EvaluationFilter.all().withGrade(5))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_decision_based_on_an_out_of_date_history_is_refused_and_nothing_is_written(Kind kind) {
    EvaluationStore store = store(kind);
    String id = NORTH_LANARKSHIRE.saveIn(store, "inspector.a");
    store.appendDecision(id, Decision.agree(null, List.of()).withGrade(5), "moderator.m", 0);

    assertThatThrownBy(
            () ->
                store.appendDecision(
                    id, Decision.adjust(3, "Weaker.", List.of()), "moderator.n", 0))
        .isInstanceOf(DecisionConflictException.class)
        .hasMessage(
            "evaluation '"
                + id
                + "': another decision was recorded after the evaluation was read with no decision; read its history and decide again");
    assertThat(store.get(id).decisions()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_decision_on_an_unknown_evaluation_is_not_found(Kind kind) {
    EvaluationStore store = store(kind);

    assertThatThrownBy(
            () ->
                store.appendDecision(
                    "nope", Decision.agree(null, List.of()).withGrade(5), "moderator.m", 0))
        .isInstanceOf(EvaluationNotFoundException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void the_database_refuses_to_change_or_remove_a_decision_or_change_an_evaluation(Kind kind) {
    Database database = Databases.fresh(kind, temp);
    EvaluationStore store = new EvaluationStore(database);
    String id = NORTH_LANARKSHIRE.saveIn(store, "inspector.a");
    store.appendDecision(id, Decision.agree(null, List.of()).withGrade(5), "moderator.m", 0);

    assertThatThrownBy(
            () -> database.jdbi().useHandle(h -> h.execute("UPDATE decision SET grade = 1")))
        .hasMessageContaining("decisions are append-only: a decision is never changed");
    assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM decision")))
        .hasMessageContaining("decisions are append-only: a decision is never removed");
    assertThatThrownBy(
            () -> database.jdbi().useHandle(h -> h.execute("UPDATE evaluation SET grade = 1")))
        .hasMessageContaining("a stored evaluation is never changed");
    assertThat(store.get(id).decisions()).extracting(RecordedDecision::grade).containsExactly(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void opening_a_database_twice_applies_the_migrations_once(Kind kind) {
    String url = Databases.freshUrl(kind, temp);
    String id = NORTH_LANARKSHIRE.saveIn(new EvaluationStore(Database.open(url)), "inspector.a");

    assertThat(new EvaluationStore(Database.open(url)).find(id)).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_stored_evaluation_has_no_author_without_a_name(Kind kind) {
    EvaluationStore store = store(kind);

    assertThatThrownBy(() -> NORTH_LANARKSHIRE.saveIn(store, " "))
        .hasMessage("author: required; expected who, from their token");
  }

  private static List<String> ids(List<EvaluationSummary> summaries) {
    return summaries.stream().map(EvaluationSummary::id).toList();
  }

  /** A clock a second later at each reading, so that the order of saving is the order of time. */
  static final class TickingClock extends Clock {
    private Instant now = Instant.parse("2024-05-01T09:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}

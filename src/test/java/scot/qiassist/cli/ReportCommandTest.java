package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.moderation.Moderation;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredExamples;

/** report ID|FILE and impact --stored: stored evaluations on the command line. */
class ReportCommandTest {

  @TempDir Path temp;

  @Test
  void an_evidence_file_is_evaluated_and_written_as_a_printable_page_with_its_styles_inside() {
    Run run = Run.of("report", "examples/north-lanarkshire-2023.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<h1 class=\"govuk-heading-xl\">North Lanarkshire</h1>")
        .contains("<style>")
        .contains("Why Very good")
        .doesNotContain("<form");
  }

  @Test
  void a_stored_evaluation_is_written_by_its_id_with_its_decisions_as_markdown() throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("qi.db");
    EvaluationStore store = new EvaluationStore(Database.open(db));
    String id = StoredExamples.get("constructed-good").saveIn(store, "inspector.a");
    new Moderation(store)
        .decide(id, Decision.agree("Agreed <b>in full</b>.", List.of()), "moderator.m");

    Run run = Run.of("report", id, "--db", db, "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("# QI Assist evaluation: Constructed example: Good")
        .contains("## Decisions (1)")
        .contains("1. Agreed Good (4), by moderator.m, ")
        .contains(": Agreed &lt;b&gt;in full&lt;/b&gt;.");
  }

  @Test
  void an_unknown_id_is_reported_as_invalid_input() {
    Run run = Run.of("report", "no-such-id", "--db", "jdbc:sqlite:" + temp.resolve("qi.db"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("no stored evaluation has the id 'no-such-id'\n");
  }

  @Test
  void an_unsupported_database_is_reported_as_invalid_input() {
    Run run = Run.of("report", "some-id", "--db", "jdbc:mysql://db/qi");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "--db 'jdbc:mysql://db/qi' is not a database QI Assist can store evaluations in;");
  }

  @Test
  void impact_can_take_the_stored_evaluations_as_its_corpus() {
    String db = "jdbc:sqlite:" + temp.resolve("qi.db");
    EvaluationStore store = new EvaluationStore(Database.open(db));
    String id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");

    Run run = Run.of("impact", "--from", "rules", "--to", "rules", "--stored", "--db", db);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("over 1 evidence files")
        .contains("North Lanarkshire, stored ")
        .contains("(id " + id + ")")
        .contains("no change in the decision (Very good)");
  }

  @Test
  void impact_over_stored_evaluations_says_how_many_are_weighed_and_keeps_their_order() {
    String db = "jdbc:sqlite:" + temp.resolve("qi.db");
    EvaluationStore store = new EvaluationStore(Database.open(db));
    List<String> names =
        List.of(
            "north-lanarkshire-2023",
            "constructed-good",
            "constructed-weak",
            "constructed-adequate");
    names.forEach(name -> StoredExamples.get(name).saveIn(store, "inspector.a"));

    Run run =
        Run.of("impact", "--from", "rules", "--to", "rules", "--stored", "--db", db, "--progress");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).endsWith("Weighing stored evaluations: 4 of 4\n");
    List<String> shown = List.of(run.err().split("\r")).stream().filter(s -> !s.isEmpty()).toList();
    assertThat(shown)
        .as("counts only go up")
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    // In the order the store lists them, whichever core weighed which.
    List<Integer> where =
        store
            .evidence(
                scot.qiassist.storage.EvaluationFilter.all()
                    .withLimit(scot.qiassist.storage.EvaluationFilter.MAX_LIMIT))
            .stream()
            .map(e -> run.out().indexOf(e.name()))
            .toList();
    assertThat(where).doesNotContain(-1).isSorted();
  }
}

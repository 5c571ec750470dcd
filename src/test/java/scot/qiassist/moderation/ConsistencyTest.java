package scot.qiassist.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.storage.Databases;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationNotFoundException;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.StoredExamples;

/** Benchmarking an evaluation against the stored ones most alike it. */
class ConsistencyTest {

  @TempDir Path temp;

  private EvaluationStore store;
  private Moderation moderation;

  @BeforeEach
  void store() {
    store = new EvaluationStore(Databases.fresh(Databases.Kind.SQLITE, temp));
    moderation = new Moderation(store);
  }

  @Test
  void the_nearest_are_listed_most_alike_first_without_the_evaluation_itself() {
    String target = save("constructed-good", "inspector.a");
    String veryGood = save("constructed-very-good", "inspector.b");
    String adequate = save("constructed-adequate", "inspector.b");
    String unsatisfactory = save("constructed-unsatisfactory", "inspector.b");

    ConsistencyReport report = new Consistency(store).of(target, 2, EvaluationFilter.all());

    assertThat(report.compared()).isEqualTo(3);
    assertThat(report.nearest())
        .extracting(Neighbour::id)
        .containsExactly(veryGood, adequate)
        .doesNotContain(target, unsatisfactory);
    assertThat(report.nearest().get(0).similarity())
        .isGreaterThan(report.nearest().get(1).similarity());
    assertThat(report.inconsistent()).isEmpty();
  }

  @Test
  void alike_evidence_with_another_grade_is_flagged_and_its_moderated_grade_is_the_one_compared()
      throws Exception {
    String earlier = save("north-lanarkshire-2023", "inspector.a");
    moderation.decide(
        earlier,
        Decision.adjust(4, "The panel weighed plans more heavily.", List.of()),
        "moderator.m");
    String later = save("north-lanarkshire-2023", "inspector.b");

    ConsistencyReport report = new Consistency(store).of(later, 5, EvaluationFilter.all());

    Neighbour neighbour = report.nearest().get(0);
    assertThat(neighbour.id()).isEqualTo(earlier);
    assertThat(neighbour.similarity()).isEqualTo(1.0);
    assertThat(neighbour.grade().label()).isEqualTo("Good");
    assertThat(neighbour.moderated()).isTrue();
    assertThat(neighbour.differentGrade()).isTrue();
    assertThat(report.grade().label()).isEqualTo("Very good");
    assertThat(report.inconsistent()).extracting(Neighbour::id).containsExactly(earlier);
  }

  @Test
  void an_inspector_is_compared_only_with_the_evaluations_in_their_scope() {
    String mine = save("constructed-good", "inspector.a");
    String alsoMine = save("constructed-adequate", "inspector.a");
    save("constructed-very-good", "inspector.b");

    ConsistencyReport report =
        new Consistency(store).of(mine, 5, EvaluationFilter.all().withAuthor("inspector.a"));

    assertThat(report.nearest()).extracting(Neighbour::id).containsExactly(alsoMine);
  }

  @Test
  void an_unknown_evaluation_is_not_found() {
    assertThatThrownBy(() -> new Consistency(store).of("nope", 5, EvaluationFilter.all()))
        .isInstanceOf(EvaluationNotFoundException.class);
  }

  private String save(String example, String author) {
    return StoredExamples.get(example).saveIn(store, author);
  }
}

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
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionConflictException;
import scot.qiassist.storage.DecisionOutcome;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredExamples;

/** A panel's decisions, checked against the evaluation they are about before they are recorded. */
class ModerationTest {

  private static final String KEY_MESSAGE =
      "Senior leaders had a clear vision, which was understood by staff. "
          + "It was threaded through strategic documents, plans and outcomes.";

  @TempDir Path temp;

  private EvaluationStore store;
  private Moderation moderation;
  private String id;

  @BeforeEach
  void storeNorthLanarkshire() {
    store = new EvaluationStore(Databases.fresh(Databases.Kind.SQLITE, temp));
    moderation = new Moderation(store);
    id = StoredExamples.get("north-lanarkshire-2023").saveIn(store, "inspector.a");
  }

  @Test
  void
      agreeing_records_the_current_grade_and_a_comment_names_the_key_message_in_the_evaluation_s_own_words()
          throws Exception {
    RecordedDecision recorded =
        moderation.decide(
            id,
            Decision.agree(
                null,
                List.of(
                    new DecisionComment(
                        "  senior leaders had a clear VISION, which was understood by staff.   "
                            + "It was threaded through strategic documents, plans and outcomes.",
                        "Well evidenced."))),
            "moderator.m");

    assertThat(recorded.sequence()).isEqualTo(1);
    assertThat(recorded.grade()).isEqualTo(5);
    assertThat(recorded.comments())
        .containsExactly(new DecisionComment(KEY_MESSAGE, "Well evidenced."));
    assertThat(store.get(id).decisions()).containsExactly(recorded);
  }

  @Test
  void adjusting_sets_the_current_grade_and_a_later_agreement_confirms_it() throws Exception {
    moderation.decide(
        id,
        Decision.adjust(4, "Plans were weaker than the figures show.", List.of()),
        "moderator.m");
    RecordedDecision agreed =
        moderation.decide(
            id, Decision.agree("Confirmed at the second panel.", List.of()), "moderator.n");

    assertThat(agreed.grade()).isEqualTo(4);
    assertThat(store.get(id).currentGrade().label()).isEqualTo("Good");
  }

  @Test
  void a_decision_made_on_the_history_as_it_was_read_is_refused_once_another_was_recorded_since()
      throws Exception {
    moderation.decide(id, Decision.agree("First panel.", List.of()), "moderator.m", 0);

    assertThatThrownBy(
            () ->
                moderation.decide(
                    id,
                    Decision.adjust(4, "Second panel, on the page it opened before.", List.of()),
                    "moderator.n",
                    0))
        .isInstanceOf(DecisionConflictException.class)
        .hasMessage(
            "evaluation '"
                + id
                + "': another decision was recorded after the evaluation was read with no decision; "
                + "read its history and decide again");
    assertThat(store.get(id).decisions()).hasSize(1);
    assertThat(
            moderation
                .decide(id, Decision.agree("On the history as it is.", List.of()), "moderator.n", 1)
                .sequence())
        .isEqualTo(2);
  }

  @Test
  void every_problem_with_a_decision_is_named_at_its_field() {
    Decision decision =
        new Decision(
            DecisionOutcome.AGREE,
            3,
            "Seen at the panel in ML1 1AB.",
            List.of(
                new DecisionComment(KEY_MESSAGE, "Fine."),
                new DecisionComment("Leaders were invisible.", "Not in this report.")));

    assertThatThrownBy(() -> moderation.decide(id, decision, "moderator.m"))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessage(
            "The decision has 3 problems:\n"
                + "  grade: 3 is not the current grade, Very good (5); to agree, leave the grade out or give 5; to change it, adjust\n"
                + "  reason: looks like it identifies a person: a postcode ('ML1 ***', at character 22); decisions are about services in aggregate, "
                + "without names or details of children or families\n"
                + "  comments[1].keyMessage: 'Leaders were invisible.' is not a key message of this evaluation; "
                + "expected the text of one of its 16 key messages");
    assertThat(store.get(id).decisions()).isEmpty();
  }

  @Test
  void a_titled_name_in_capitals_or_after_a_no_break_space_is_refused_in_a_reason_and_a_comment() {
    Decision decision =
        Decision.agree(
            "MRS SMITH attended the panel.",
            List.of(new DecisionComment(KEY_MESSAGE, "Dr\u00a0Jones agreed.")));

    assertThatThrownBy(() -> moderation.decide(id, decision, "moderator.m"))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessage(
            "The decision has 2 problems:\n"
                + "  reason: looks like it identifies a person: a person's name ('MRS *****', at character 1);"
                + " decisions are about services in aggregate, without names or details of children or families\n"
                + "  comments[0].text: looks like it identifies a person: a person's name ('Dr *****', at character 1);"
                + " decisions are about services in aggregate, without names or details of children or families");
    assertThat(store.get(id).decisions()).isEmpty();
  }

  @Test
  void adjusting_to_the_grade_it_already_has_is_refused() {
    assertThatThrownBy(
            () -> moderation.decide(id, Decision.adjust(5, "Same.", List.of()), "moderator.m"))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessageContaining(
            "grade: 5 is already the current grade, Very good; to keep it, agree; to adjust, give another grade from 1 to 6");
  }
}

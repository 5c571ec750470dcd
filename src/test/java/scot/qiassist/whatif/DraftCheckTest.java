package scot.qiassist.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.grade.Grade;

/** Which changes of the evidence support a draft grade and which stand against it. */
class DraftCheckTest {

  private static GradeChange change(String evidence, Grade to) {
    return new GradeChange(
        evidence,
        "m",
        "down",
        "most",
        "the majority",
        "'most'",
        1,
        false,
        new GradeView(to.value(), to.label()),
        "if ..., the grade would be " + to.label(),
        null);
  }

  @Test
  void when_the_evidence_agrees_every_change_that_moves_the_grade_supports_the_draft() {
    List<GradeChange> changes =
        List.of(change("evidence[1]", Grade.GOOD), change("findings[0]", Grade.EXCELLENT));

    DraftCheck check = DraftCheck.of(Grade.VERY_GOOD, Grade.VERY_GOOD, changes, List.of());

    assertThat(check.verdict()).isEqualTo("agree");
    assertThat(check.supports()).isEqualTo(changes);
    assertThat(check.standsAgainst()).isEmpty();
    assertThat(check.explanation())
        .isEqualTo(
            "The evidence supports the draft grade, Very good. "
                + "2 changes of the evidence would take the grade further from Very good; 0 changes would bring it nearer.");
  }

  @Test
  void
      with_a_draft_above_the_evidence_changes_that_raise_the_grade_stand_against_it_and_those_that_lower_it_support_it() {
    GradeChange raises = change("evidence[1]", Grade.VERY_GOOD);
    GradeChange lowers = change("evidence[2]", Grade.ADEQUATE);

    DraftCheck check =
        DraftCheck.of(Grade.VERY_GOOD, Grade.GOOD, List.of(raises, lowers), List.of());

    assertThat(check.verdict()).isEqualTo("differ");
    assertThat(check.standsAgainst()).containsExactly(raises);
    assertThat(check.supports()).containsExactly(lowers);
    assertThat(check.explanation())
        .startsWith("The draft grade Very good is higher than the evidence supports (Good). ");
  }

  @Test
  void an_entry_with_one_change_nearer_the_draft_and_one_further_stands_against_it_only() {
    GradeChange up = change("evidence[3]", Grade.VERY_GOOD);
    GradeChange down = change("evidence[3]", Grade.ADEQUATE);

    DraftCheck check = DraftCheck.of(Grade.EXCELLENT, Grade.GOOD, List.of(up, down), List.of());

    assertThat(check.standsAgainst()).containsExactly(up);
    assertThat(check.supports()).isEmpty();
  }

  @Test
  void a_change_that_leaps_over_the_draft_to_as_far_the_other_side_is_in_neither_list() {
    DraftCheck check =
        DraftCheck.of(
            Grade.GOOD, Grade.ADEQUATE, List.of(change("evidence[0]", Grade.VERY_GOOD)), List.of());

    assertThat(check.supports()).isEmpty();
    assertThat(check.standsAgainst()).isEmpty();
  }
}

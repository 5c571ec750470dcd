package scot.qiassist.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionOutcome;

/**
 * Decisions read from the API's JSON and from the page's form, with the same words for each
 * problem.
 */
class DecisionReaderTest {

  @Test
  void an_adjustment_is_read_with_its_grade_reason_and_comments() throws Exception {
    Decision d =
        DecisionReader.fromJson(
            """
        {"outcome": "adjust", "grade": 4, "reason": "Plans were weaker.",
         "comments": [{"keyMessage": "Staff were confident.", "text": "Agreed."}]}""");

    assertThat(d)
        .isEqualTo(
            new Decision(
                DecisionOutcome.ADJUST,
                4,
                "Plans were weaker.",
                List.of(new DecisionComment("Staff were confident.", "Agreed."))));
  }

  @Test
  void a_grade_may_be_given_by_its_label() throws Exception {
    assertThat(
            DecisionReader.fromJson(
                    "{\"outcome\": \"adjust\", \"grade\": \"Very good\", \"reason\": \"r\"}")
                .grade())
        .isEqualTo(5);
  }

  @Test
  void every_problem_in_a_json_decision_is_reported_at_once_at_its_path() {
    assertThatThrownBy(
            () ->
                DecisionReader.fromJson(
                    """
        {"outcome": "adjust", "grade": 7, "colour": "red",
         "comments": [{"keyMessage": "", "text": "x"}, {"text": 3}]}"""))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessage(
            "The decision has 6 problems:\n"
                + "  colour: is not a field of a decision; expected outcome, grade, reason and comments\n"
                + "  grade: 7 is not a grade; expected a grade from 1 to 6\n"
                + "  comments[0].keyMessage: required; expected the text of one of the evaluation's key messages\n"
                + "  comments[1].text: 3 is not text; expected a string\n"
                + "  comments[1].keyMessage: required; expected the text of one of the evaluation's key messages\n"
                + "  reason: required to adjust; expected why the grade should be different");
  }

  @Test
  void a_control_character_in_a_reason_or_a_comment_is_refused_at_its_field() {
    String rest = "; text may hold tabs and line breaks (\\n) but no other control characters";

    assertThatThrownBy(
            () ->
                DecisionReader.fromJson(
                    """
        {"outcome": "adjust", "grade": 4, "reason": "Too\\u0000high",
         "comments": [{"keyMessage": "Staff were confident.", "text": "Seen\\r\\nat the panel"}]}"""))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessage(
            "The decision has 2 problems:\n"
                + "  comments[0].text: contains a carriage return, U+000D, at character 5"
                + rest
                + "\n"
                + "  reason: contains a control character, U+0000, at character 4"
                + rest);
  }

  @Test
  void an_outcome_other_than_agree_or_adjust_is_refused() {
    assertThatThrownBy(() -> DecisionReader.fromJson("{\"outcome\": \"approve\"}"))
        .hasMessage(
            "The decision has 1 problem:\n  outcome: 'approve' is not an outcome; expected 'agree' or 'adjust'");
  }

  @Test
  void a_body_that_is_not_json_is_refused() {
    assertThatThrownBy(() -> DecisionReader.fromJson("outcome=agree"))
        .isInstanceOf(InvalidDecisionException.class)
        .hasMessageStartingWith("The decision has 1 problem:\n  the decision is not valid JSON: ");
  }

  @Test
  void the_form_says_how_many_decisions_it_was_based_on_and_nonsense_there_counts_as_not_saying() {
    assertThat(DecisionForm.basedOn(Map.of("basedOn", List.of("2")))).isEqualTo(2);
    assertThat(DecisionForm.basedOn(Map.of("basedOn", List.of("two")))).isNull();
    assertThat(DecisionForm.basedOn(Map.of())).isNull();
  }

  @Test
  void the_form_reads_the_same_fields_and_skips_comments_left_empty() throws Exception {
    Decision d =
        DecisionForm.fromForm(
            Map.of(
                "outcome",
                List.of("adjust"),
                "grade",
                List.of("3"),
                "reason",
                List.of("Weaker."),
                DecisionForm.commentKeyMessage(0),
                List.of("First."),
                DecisionForm.commentText(0),
                List.of(""),
                DecisionForm.commentKeyMessage(1),
                List.of("Second."),
                DecisionForm.commentText(1),
                List.of("Agreed.")));

    assertThat(d)
        .isEqualTo(
            Decision.adjust(3, "Weaker.", List.of(new DecisionComment("Second.", "Agreed."))));
  }

  @Test
  void the_form_without_a_grade_or_reason_cannot_adjust() {
    assertThatThrownBy(
            () -> DecisionForm.fromForm(Map.of("outcome", List.of("adjust"), "grade", List.of(""))))
        .hasMessage(
            "The decision has 2 problems:\n"
                + "  grade: required to adjust; expected a grade from 1 to 6\n"
                + "  reason: required to adjust; expected why the grade should be different");
  }

  @Test
  void a_decision_built_in_code_is_checked_when_built() {
    assertThatThrownBy(() -> new Decision(DecisionOutcome.ADJUST, null, "r", List.of()))
        .hasMessage("grade: required to adjust; expected a grade from 1 to 6");
    assertThatThrownBy(() -> new Decision(DecisionOutcome.ADJUST, 4, " ", List.of()))
        .hasMessage("reason: required to adjust; expected why the grade should be different");
    assertThatThrownBy(() -> new Decision(null, null, null, null))
        .hasMessage("outcome: required; expected 'agree' or 'adjust'");
  }
}

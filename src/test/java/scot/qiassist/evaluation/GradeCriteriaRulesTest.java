package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.qiassist.Evidence;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.Grade;

/** grade/qi-2-1-criteria.drl and grade/qi-2-1-balance.drl: the six-point scale. */
class GradeCriteriaRulesTest {

  /**
   * Major strengths in all four statements, touching all four QI 2.1 aspects, one of them marked
   * outstanding, with figures from the records read for statements 1 and 2.
   */
  private static Evidence outstanding() {
    return Evidence.of()
        .counted("ird-held", 58, 60)
        .counted("child-relationship-with-staff-member", 57, 60)
        .finding(
            new Finding(
                4,
                Kind.STRENGTH,
                Weight.MAJOR,
                "Multi-agency screening was sector leading and adopted by other partnerships.",
                null,
                true,
                true))
        .strength(
            1,
            Weight.MAJOR,
            Aspect.SECURE,
            "Risks were identified early and responded to effectively.")
        .strength(
            2,
            Weight.MAJOR,
            Aspect.RELATIONSHIPS,
            "Children experienced sustained, nurturing relationships.")
        .strength(
            3, Weight.MAJOR, Aspect.LISTENED_TO, "Children shaped the decisions about their lives.")
        .strength(
            4,
            Weight.MAJOR,
            Aspect.BEST_START,
            "Leadership secured the best start in life for children.");
  }

  @Test
  void major_strengths_everywhere_and_no_areas_for_improvement_is_excellent() {
    Evaluation result = outstanding().evaluate();

    assertThat(result.grade()).isEqualTo(new Evaluation.GradeView(6, "Excellent"));
    assertThat(result.why().notHigher()).isEmpty();
    assertThat(result.why().notLower())
        .extracting(CriterionResult::ruleId)
        .containsExactlyInAnyOrder(
            "grade-excellent-major-strengths-everywhere",
            "grade-excellent-all-aspects",
            "grade-excellent-no-important-areas",
            "grade-excellent-outweigh-by-far",
            "grade-excellent-outstanding",
            "grade-excellent-records-read");
  }

  @Test
  void one_important_area_for_improvement_keeps_it_from_excellent_and_says_why() {
    Evaluation result =
        outstanding()
            .area(2, Weight.IMPORTANT, "The quality of plans was inconsistent.")
            .evaluate();

    assertThat(result.grade().label()).isEqualTo("Very good");
    assertThat(result.why().notHigher())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ruleId()).isEqualTo("grade-excellent-no-important-areas");
              assertThat(c.text())
                  .isEqualTo("Excellent needs no area for improvement above minor weight");
              assertThat(c.explanation())
                  .isEqualTo(
                      "Areas for improvement of important weight: 1; excellent allows at most 0.");
              assertThat(c.file()).isEqualTo("grade/qi-2-1-criteria.drl");
            });
    assertThat(result.why().summary())
        .startsWith(
            "Very good. Not Excellent because areas for improvement of important weight: 1; excellent allows at most 0.");
  }

  @Test
  void a_major_area_for_improvement_outside_safety_caps_the_grade_at_adequate() {
    Evaluation result =
        outstanding()
            .area(2, Weight.MAJOR, "Plans were not in place for many children.")
            .evaluate();

    assertThat(result.grade().label()).isEqualTo("Adequate");
    assertThat(result.why().notHigher())
        .extracting(CriterionResult::ruleId)
        .containsExactly("grade-good-no-major-weakness");
  }

  @Test
  void weaknesses_that_outweigh_strengths_are_weak() {
    Evaluation result =
        Evidence.of()
            .strength(1, Weight.MINOR, Aspect.SECURE, "Some concerns were shared in time.")
            .strength(
                2,
                Weight.IMPORTANT,
                Aspect.RELATIONSHIPS,
                "Some children had trusting relationships with staff.")
            .area(2, Weight.IMPORTANT, "Plans were weak.")
            .area(3, Weight.IMPORTANT, "Children's views were rarely sought.")
            .evaluate();

    assertThat(result.grade().label()).isEqualTo("Weak");
    assertThat(result.why().notHigher())
        .extracting(CriterionResult::ruleId)
        .containsExactly("grade-adequate-strengths-outweigh");
  }

  @Test
  void no_evidence_at_all_is_not_graded_and_names_each_statement_without_evidence() {
    Evaluation result = Evidence.of().evaluate();

    assertThat(result.grade()).isNull();
    assertThat(result.gradeLabel()).isEqualTo("Not graded");
    assertThat(result.insufficient())
        .extracting(Insufficient::statement)
        .containsExactly(1, 2, 3, 4);
    assertThat(result.why().summary())
        .startsWith("Not graded: nothing in the evidence bears on statement 1");
  }

  @Test
  void strengths_but_no_identifiable_significant_strength_are_unsatisfactory() {
    Evaluation result =
        Evidence.of()
            .strength(1, Weight.MINOR, Aspect.SECURE, "Some concerns were shared in time.")
            .strength(2, Weight.MINOR, Aspect.BEST_START, "Some plans were in place.")
            .strength(3, Weight.MINOR, Aspect.LISTENED_TO, "Some children were heard.")
            .evaluate();

    assertThat(result.grade().label()).isEqualTo("Unsatisfactory");
    assertThat(result.why().notHigher())
        .extracting(CriterionResult::ruleId)
        .containsExactly("grade-weak-strengths-identified");
  }

  @Test
  void every_grade_lists_its_criteria_met_and_unmet() {
    Evaluation result =
        outstanding()
            .area(2, Weight.IMPORTANT, "The quality of plans was inconsistent.")
            .evaluate();

    assertThat(result.gradeCriteria()).extracting(g -> g.grade()).containsExactly(6, 5, 4, 3, 2);
    assertThat(result.gradeCriteria().get(0).unmet()).hasSize(1);
    assertThat(result.gradeCriteria().subList(1, 5))
        .allSatisfy(g -> assertThat(g.unmet()).isEmpty());
  }

  @Test
  void a_draft_grade_above_the_evidence_differs_and_names_the_criteria_that_fail() {
    Evaluation result =
        outstanding()
            .area(2, Weight.IMPORTANT, "Plans were inconsistent.")
            .draft(Grade.EXCELLENT)
            .evaluate();

    assertThat(result.draftGrade().verdict()).isEqualTo("differ");
    assertThat(result.draftGrade().explanation())
        .isEqualTo(
            "The draft grade Excellent is higher than the evidence supports (Very good): one criterion of the grades between does not hold.");
    assertThat(result.draftGrade().reasons())
        .extracting(CriterionResult::ruleId)
        .containsExactly("grade-excellent-no-important-areas");
  }

  @Test
  void a_draft_grade_below_the_evidence_differs_and_names_the_criteria_that_hold() {
    Evaluation result = outstanding().draft(Grade.VERY_GOOD).evaluate();

    assertThat(result.draftGrade().verdict()).isEqualTo("differ");
    assertThat(result.draftGrade().reasons()).extracting(CriterionResult::grade).containsOnly(6);
  }

  @Test
  void a_draft_grade_that_matches_agrees() {
    Evaluation result = outstanding().draft(Grade.EXCELLENT).evaluate();

    assertThat(result.draftGrade().verdict()).isEqualTo("agree");
    assertThat(result.draftGrade().explanation())
        .isEqualTo("The evidence supports the draft grade, Excellent.");
  }
}

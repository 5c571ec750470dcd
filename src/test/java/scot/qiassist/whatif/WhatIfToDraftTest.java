package scot.qiassist.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.rules.RuleSet;

/**
 * What-if that reaches the draft. The evidence is the constructed Very good example with its major
 * strengths left in statement 1 only: appendix 1 builds Very good on major strengths across the
 * inspection ("very-good-statements-with-major", 2 statements), so it is Good, and the inspectors'
 * draft of Very good needs one more statement with a major strength.
 */
class WhatIfToDraftTest {

  static final Path GOOD_DRAFTED_VERY_GOOD =
      Path.of("src/test/resources/whatif/good-drafted-very-good.json");

  private static final String STATEMENTS_WITH_MAJOR =
      "grade-very-good-major-strengths-across-statements";

  private static EvidenceDocument evidence;
  private static DraftCheck draft;

  @BeforeAll
  static void analyse() throws Exception {
    evidence = RepositoryRules.reader().read(Files.readString(GOOD_DRAFTED_VERY_GOOD));
    WhatIf answer = new WhatIfAnalysis(RepositoryRules.evaluator()).analyse(evidence);
    assertThat(answer.grade().label()).isEqualTo("Good");
    draft = answer.draftGrade();
  }

  private static boolean addsAMajorStrengthOutsideStatementOne(WayToDraft way) {
    return way.changes().size() == 1
        && way.changes().get(0).move().equals("added")
        && way.changes().get(0).added().kind().equals("strength")
        && way.changes().get(0).added().weight().equals("major")
        && way.changes().get(0).added().statement() != 1;
  }

  @Test
  void the_answer_names_adding_a_major_strength_in_a_statement_that_lacks_one() {
    assertThat(draft.verdict()).isEqualTo("differ");
    assertThat(draft.toReach())
        .filteredOn(WhatIfToDraftTest::addsAMajorStrengthOutsideStatementOne)
        .isNotEmpty()
        .allSatisfy(
            way -> {
              assertThat(way.grade().label()).isEqualTo("Very good");
              assertThat(way.meets())
                  .extracting(CriterionResult::ruleId)
                  .contains(STATEMENTS_WITH_MAJOR);
              assertThat(way.sentence())
                  .startsWith("if there were one more major strength in statement ")
                  .contains(
                      "the grade would be Very good: it would meet 'Very good needs major"
                          + " strengths in more than one statement'");
            });
  }

  @Test
  void every_way_listed_gives_the_draft_when_its_changes_are_made_and_evaluated_whole() {
    assertThat(draft.toReach()).isNotEmpty().hasSizeLessThanOrEqualTo(DraftSearch.MOST_LISTED);
    for (WayToDraft way : draft.toReach()) {
      assertThat(way.grade().label()).isEqualTo("Very good");
      assertThat(way.changes()).allSatisfy(c -> assertThat(c.better()).isTrue());
    }
  }

  @Test
  void one_change_is_enough_so_every_way_is_one_change_nearest_kind_first() {
    List<String> moves = draft.toReach().stream().map(w -> w.changes().get(0).move()).toList();

    assertThat(draft.toReach()).allSatisfy(w -> assertThat(w.changes()).hasSize(1));
    assertThat(draft.toReachSummary())
        .endsWith("with one change, the least any set needs; nearest first.");
    assertThat(moves.indexOf("added")).isGreaterThan(moves.lastIndexOf("up"));
  }

  @Test
  void with_three_statements_needed_the_good_evidence_needs_a_third_statement_with_a_major_strength(
      @TempDir Path temp) throws Exception {
    RuleSet rules =
        RulesCopy.in(temp)
            .replace(
                "grade/grade-parameters.csv",
                "very-good-statements-with-major,2,",
                "very-good-statements-with-major,3,")
            .load();
    // Statement 2's major finding back: majors in statements 1 and 2, Good for want of a third.
    String json =
        Files.readString(GOOD_DRAFTED_VERY_GOOD)
            .replaceFirst(
                "(\"statement\": 2,\\s*\"kind\": \"strength\",\\s*\"weight\": )\"important\"",
                "$1\"major\"");
    EvidenceDocument twoStatements =
        new EvidenceReader(rules.measures(), rules.phrases()).read(json);

    WhatIf answer = new WhatIfAnalysis(new Evaluator(rules)).analyse(twoStatements);

    assertThat(answer.grade().label()).isEqualTo("Good");
    assertThat(answer.draftGrade().toReach())
        .filteredOn(way -> way.changes().get(0).added() != null)
        .isNotEmpty()
        .allSatisfy(
            way -> {
              assertThat(way.changes()).hasSize(1);
              assertThat(way.changes().get(0).added().weight()).isEqualTo("major");
              assertThat(way.changes().get(0).added().statement()).isIn(3, 4);
            });
  }

  @Test
  void when_no_single_change_is_enough_the_smallest_sets_are_of_two(@TempDir Path temp)
      throws Exception {
    RuleSet rules =
        RulesCopy.in(temp)
            .replace(
                "grade/grade-parameters.csv",
                "very-good-statements-with-major,2,",
                "very-good-statements-with-major,3,")
            .load();
    EvidenceDocument oneStatement =
        new EvidenceReader(rules.measures(), rules.phrases())
            .read(Files.readString(GOOD_DRAFTED_VERY_GOOD));

    DraftCheck check = new WhatIfAnalysis(new Evaluator(rules)).analyse(oneStatement).draftGrade();

    assertThat(check.toReach()).isNotEmpty().allSatisfy(w -> assertThat(w.changes()).hasSize(2));
    assertThat(check.toReachSummary()).contains("with 2 changes");
    assertThat(check.toReach().get(0).sentence()).contains(", and ");
  }

  @Test
  void a_draft_below_the_evidence_is_reached_by_changes_that_make_a_criterion_of_the_grade_fail()
      throws Exception {
    EvidenceDocument northLanarkshire =
        RepositoryRules.reader()
            .read(
                Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"))
                    .replace("\"draftGrade\": \"Very good\"", "\"draftGrade\": \"Good\""));

    DraftCheck check =
        new WhatIfAnalysis(RepositoryRules.evaluator()).analyse(northLanarkshire).draftGrade();

    assertThat(check.toReach())
        .isNotEmpty()
        .allSatisfy(
            way -> {
              assertThat(way.grade().label()).isEqualTo("Good");
              assertThat(way.fails())
                  .isNotEmpty()
                  .allSatisfy(c -> assertThat(c.grade()).isEqualTo(5));
              assertThat(way.changes()).allSatisfy(c -> assertThat(c.better()).isFalse());
            });
  }

  @Test
  void evidence_that_agrees_with_its_draft_has_nothing_to_reach() throws Exception {
    EvidenceDocument northLanarkshire =
        RepositoryRules.reader()
            .read(
                Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json")));

    DraftCheck check =
        new WhatIfAnalysis(RepositoryRules.evaluator()).analyse(northLanarkshire).draftGrade();

    assertThat(check.toReach()).isEmpty();
    assertThat(check.toReachSummary())
        .isEqualTo("The evidence gives the draft grade; there is nothing to reach.");
  }
}

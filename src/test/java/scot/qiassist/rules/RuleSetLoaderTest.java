package scot.qiassist.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;

class RuleSetLoaderTest {

  private static final String STATEMENT_1 = "statements/statement-2-planning-and-support.drl";
  private static final String FIRST_CONDITION =
      "$plans : Reading( measure == \"plan-quality-adequate-or-weak\", is(\"the majority\") )";

  @TempDir Path temp;

  @Test
  void the_repository_rules_load_with_an_id_a_source_and_an_explanation_on_every_rule() {
    RuleSet rules = RepositoryRules.get();

    assertThat(rules.catalogue()).hasSizeGreaterThan(60);
    assertThat(rules.catalogue())
        .allSatisfy(
            rule -> {
              assertThat(rule.id()).isNotBlank();
              assertThat(rule.metadata("source")).as(rule.name()).isNotBlank();
              assertThat(rule.explanation()).as(rule.name()).isNotBlank();
              assertThat(rule.line()).as(rule.name()).isPositive();
            });
    assertThat(rules.catalogue())
        .filteredOn(r -> r.file().startsWith("statements/"))
        .allSatisfy(rule -> assertThat(rule.statement()).as(rule.name()).isNotNull());
  }

  @Test
  void a_syntax_error_is_reported_with_its_file_and_line() {
    RulesCopy rules = RulesCopy.in(temp);
    int line = rules.lineOf(STATEMENT_1, FIRST_CONDITION);
    rules.replace(
        STATEMENT_1, FIRST_CONDITION, FIRST_CONDITION.substring(0, FIRST_CONDITION.length() - 2));

    List<RuleProblem> problems = problemsOf(rules);

    assertThat(problems).isNotEmpty();
    RuleProblem first = problems.get(0);
    assertThat(first.file()).isEqualTo(STATEMENT_1);
    assertThat(first.line()).isBetween(line, line + 2);
    assertThat(first.message()).startsWith("the rule file cannot be read here");
    assertThat(first.hint()).contains("missing bracket");
  }

  @Test
  void a_call_to_system_is_refused_with_its_file_and_line() {
    RulesCopy rules = RulesCopy.in(temp);
    int line = rules.lineOf(STATEMENT_1, FIRST_CONDITION) + 3;
    rules.replace(STATEMENT_1, "then\n", "then\n    System.exit(1);\n");

    List<RuleProblem> problems = problemsOf(rules);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.toString())
                  .startsWith(STATEMENT_1 + " line " + line + ", column 5 (rule ");
              assertThat(p.message()).startsWith("uses 'System', which rule files may not use");
            });
  }

  @Test
  void reading_a_file_through_a_java_package_is_refused() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(STATEMENT_1, "then\n", "then\n    java.nio.file.Files.readString(null);\n");

    assertThat(problemsOf(rules))
        .extracting(RuleProblem::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .isEqualTo("names the Java package 'java.', which rule files may not use"));
  }

  @Test
  void an_import_beyond_the_fact_model_is_refused() {
    RulesCopy rules = RulesCopy.in(temp);
    int line = rules.lineOf(STATEMENT_1, "import scot.qiassist.evaluation.Conclusion;");
    rules.replace(
        STATEMENT_1, "import scot.qiassist.evaluation.Conclusion;", "import java.io.File;");

    List<RuleProblem> problems = problemsOf(rules);

    assertThat(problems.get(0).line()).isEqualTo(line);
    assertThat(problems.get(0).message())
        .isEqualTo("imports 'java.io.File', which is not part of the fact model");
    assertThat(problems.subList(1, problems.size()))
        .as("every use of the type that is no longer imported is refused too")
        .allSatisfy(p -> assertThat(p.message()).startsWith("uses 'Conclusion'"));
  }

  @Test
  void changing_or_removing_facts_is_refused() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(STATEMENT_1, "then\n", "then\n    delete( $plans );\n");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("uses 'delete'"));
  }

  @Test
  void a_word_that_is_not_a_standard_word_is_refused() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(STATEMENT_1, "atLeast(\"most\")", "atLeast(\"nearly all\")");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("'nearly all' is not a standard word");
              assertThat(p.hint()).contains("'almost all'");
            });
  }

  @Test
  void an_unknown_fact_type_is_named() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(STATEMENT_1, "$plans : Reading(", "$plans : Readng(");

    assertThat(problemsOf(rules))
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(STATEMENT_1);
              assertThat(p.message()).isEqualTo("the fact type 'Readng' is not known");
            });
  }

  @Test
  void a_gap_between_bands_is_refused_naming_the_percent() {
    RulesCopy rules =
        RulesCopy.in(temp).replace("terms/standard-words.csv", "few,1,14", "few,1,13");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("terms/standard-words.csv");
              assertThat(p.message()).contains("14% is in no band");
            });
  }

  @Test
  void overlapping_bands_are_refused_naming_both_words() {
    RulesCopy rules =
        RulesCopy.in(temp).replace("terms/standard-words.csv", "most,75,89", "most,74,89");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("74% is in more than one band: 'the majority' and 'most'"));
  }

  @Test
  void a_table_row_with_a_bad_number_names_its_line() {
    RulesCopy rules = RulesCopy.in(temp);
    int line = rules.lineOf("terms/phrases.csv", "just over a third,");
    rules.replace(
        "terms/phrases.csv", "just over a third,34,39", "just over a third,34,thirty-nine");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("terms/phrases.csv");
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message())
                  .isEqualTo("highest percent 'thirty-nine' is not a whole number from 0 to 100");
            });
  }

  @Test
  void a_hedge_whose_offsets_are_not_whole_numbers_is_refused_at_its_line() {
    RulesCopy rules = RulesCopy.in(temp);
    int line = rules.lineOf("terms/hedges.csv", "roughly,");
    rules.replace("terms/hedges.csv", "roughly,-3,+3", "roughly,-3,three");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("terms/hedges.csv");
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message())
                  .isEqualTo("offset 'three' is not a whole number such as +4 or -4");
            });
  }

  @Test
  void a_fraction_above_one_is_refused_at_its_line() {
    RulesCopy rules =
        RulesCopy.in(temp).replace("terms/fractions.csv", "a tenth,1,10", "a tenth,10,1");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.toString())
                    .contains("terms/fractions.csv")
                    .contains("fraction 'a tenth': 10/1 is not a share from 0 to 1"));
  }

  @Test
  void without_the_hedge_tables_the_rules_still_load_and_read_no_hedge() throws Exception {
    RuleSet rules =
        RulesCopy.in(temp).delete("terms/hedges.csv").delete("terms/fractions.csv").load();

    assertThat(rules.phrases().interpret("about three-quarters")).isEmpty();
  }

  @Test
  void check_notes_each_hedge_whose_fractions_reach_across_a_band_boundary() {
    var notes = RuleLint.check(RepositoryRules.DIRECTORY).notes();

    assertThat(notes)
        .filteredOn(n -> n.file().equals("terms/hedges.csv"))
        .extracting(RuleProblem::message)
        .contains(
            "'about half' (47%-53%), 'about three-quarters' (72%-78%) reach across a band"
                + " boundary; evidence in these words will carry a boundary warning");
  }

  @Test
  void a_missing_policy_table_is_named() {
    RulesCopy rules = RulesCopy.in(temp).delete("terms/phrases.csv");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.toString())
                    .isEqualTo(
                        "terms/phrases.csv: this policy table is missing from the rules directory"));
  }

  @Test
  void two_rules_with_one_id_are_refused() {
    RulesCopy rules =
        RulesCopy.in(temp)
            .replace(
                STATEMENT_1,
                "@id(\"s2-plan-quality-some-short\")",
                "@id(\"s1-staff-recognise-and-report\")");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "the @id 's1-staff-recognise-and-report' is already used by the rule"));
  }

  @Test
  void a_grade_without_criteria_is_refused() {
    RulesCopy rules = RulesCopy.in(temp);
    for (String id :
        List.of(
            "grade-excellent-major-strengths-everywhere",
            "grade-excellent-all-aspects",
            "grade-excellent-no-important-areas",
            "grade-excellent-outweigh-by-far",
            "grade-excellent-outstanding",
            "grade-excellent-records-read")) {
      rules.replace("grade/qi-2-1-criteria.drl", "@grade(6)", "@grade(5)");
    }

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("no rule states a criterion of grade 6 (Excellent)"));
  }

  @Test
  void the_version_is_the_same_for_the_same_files_and_changes_with_any_change() throws Exception {
    RuleSet original = RulesCopy.in(temp.resolve("a")).load();
    RuleSet same = RulesCopy.in(temp.resolve("b")).load();
    RuleSet changed =
        RulesCopy.in(temp.resolve("c"))
            .replace("terms/phrases.csv", "about two-thirds,62,71", "about two-thirds,63,71")
            .load();

    assertThat(same.version()).isEqualTo(original.version());
    assertThat(changed.version()).isNotEqualTo(original.version());
  }

  @Test
  void a_matches_pattern_without_nested_quantifiers_or_back_references_is_accepted()
      throws Exception {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(
        STATEMENT_1,
        "Reading( measure == \"plan-present\", atLeast(\"almost all\") )",
        "Reading( measure matches \"plan-pres[a-z]+t\", atLeast(\"almost all\") )");

    assertThat(rules.load().rules()).isNotEmpty();
  }

  @Test
  void a_matches_pattern_that_can_take_exponential_time_is_refused_at_its_line() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(
        STATEMENT_1,
        "Reading( measure == \"plan-present\", atLeast(\"almost all\") )",
        "Reading( measure matches \"(plan-)*+present|(p+)+\", atLeast(\"almost all\") )");
    int line = rules.lineOf(STATEMENT_1, "(p+)+");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(STATEMENT_1);
              assertThat(p.line()).isEqualTo(line);
            });
  }

  private static List<RuleProblem> problemsOf(RulesCopy rules) {
    RuleSetException e = catchThrowableOfType(RuleSetException.class, rules::load);
    assertThat(e).as("the rules should have been refused").isNotNull();
    return e.problems();
  }
}

package scot.qiassist.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;
import scot.qiassist.reload.InProcessRunner;
import scot.qiassist.reload.ReloadResult;
import scot.qiassist.reload.RuleSetReloader;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.storage.Database;

/**
 * The checks of a statement decision table, each naming the file, the row and the column in words a
 * policy officer can act on; and a cell that would add code is refused before Drools sees it.
 */
class DecisionTablesTest {

  private static final String SAFETY = "statements/statement-1-safety.drl.csv";
  private static final String PRACTICE_MOST =
      "Safety practice seen in most records read is an important strength,s1-practice-most,1,";

  @TempDir Path temp;

  @Test
  void the_repository_tables_make_the_rules_of_every_statement() {
    var rules = RepositoryRules.get();

    assertThat(rules.ruleById("s1-practice-most"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.file()).isEqualTo(SAFETY);
              assertThat(r.line()).isEqualTo(RulesCopy.in(temp).lineOf(SAFETY, PRACTICE_MOST));
              assertThat(r.metadata("statement")).isEqualTo("1");
            });
    assertThat(rules.catalogue())
        .extracting(RuleInfo::file)
        .contains(
            "statements/statement-2-planning-and-support.drl.csv",
            "statements/statement-3-involvement.drl.csv",
            "statements/statement-4-leadership.drl.csv");
  }

  @Test
  void a_misspelt_standard_word_is_named_by_row_and_column() {
    RulesCopy rules = RulesCopy.in(temp);
    int row = rules.lineOf(SAFETY, PRACTICE_MOST);
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,most,mots,strength,important");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(SAFETY);
              assertThat(p.line()).isEqualTo(row);
              assertThat(p.message())
                  .startsWith("row " + row + ", column I (to word): 'mots' is not a standard word");
            });
  }

  @Test
  void a_weight_that_is_not_major_important_or_minor_is_named_by_row_and_column() {
    RulesCopy rules = RulesCopy.in(temp);
    int row = rules.lineOf(SAFETY, PRACTICE_MOST);
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,most,most,strength,big");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .isEqualTo("row " + row + ", column K (weight): 'big' is not a weight");
              assertThat(p.hint()).isEqualTo("write one of minor, important, major.");
            });
  }

  @Test
  void an_empty_required_cell_is_named_by_row_and_column() {
    RulesCopy rules = RulesCopy.in(temp);
    int row = rules.lineOf(SAFETY, PRACTICE_MOST);
    rules.replace(
        SAFETY,
        PRACTICE_MOST,
        "Safety practice seen in most records read is an important strength,,1,");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo("row " + row + ", column B (id): is empty; every rule needs an id"));
  }

  @Test
  void two_rows_whose_bands_overlap_for_one_group_are_both_named() {
    RulesCopy rules = RulesCopy.in(temp);
    int almostAll = rules.lineOf(SAFETY, "s1-practice-almost-all");
    int most = rules.lineOf(SAFETY, PRACTICE_MOST);
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,most,all,strength,important");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains("row " + Math.max(almostAll, most) + ", column H (from word)")
                    .contains("the measure group 'safety-practice'")
                    .contains(
                        "overlaps the band of the strength in row " + Math.min(almostAll, most)));
  }

  @Test
  void a_band_of_standard_words_left_uncovered_for_a_group_is_named() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,almost all,almost all,strength,important");

    List<RuleProblem> problems = problemsOf(rules);

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("the measure group 'safety-practice'")
                    .contains("overlaps"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("no row covers the measure group 'safety-practice' at 'most'"));
  }

  @Test
  void a_cell_that_would_end_its_text_and_add_code_is_refused_before_drools_reads_it() {
    RulesCopy rules = RulesCopy.in(temp);
    int row = rules.lineOf(SAFETY, "s1-views-majority");
    // A backslash before a quote would escape Drools' own escaping of the quote and end the text.
    rules.replace(
        SAFETY,
        "a significant number, a quarter or more, did not.",
        "x\\\"\"); System.exit(1); //");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(row);
              assertThat(p.message())
                  .startsWith("row " + row + ", column M (sentence): holds a backslash");
            });
  }

  @Test
  void a_word_cell_holding_code_is_refused_as_not_a_standard_word() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,most,\"most\"\"), eval(true), is(\"\"most\",strength,important");

    assertThat(problemsOf(rules))
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("column I (to word)")
                    .contains("is not a standard word"));
  }

  @Test
  void the_code_rows_of_a_table_are_not_edited() {
    RulesCopy rules = RulesCopy.in(temp);
    rules.replace(
        SAFETY, "\".weight(\"\"$param\"\")\"", "\".weight(\"\"$param\"\")); System.exit(1\"");

    assertThat(problemsOf(rules))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("row 8, column K:")
                    .contains("the table's code"));
  }

  @Test
  void a_running_service_keeps_its_last_good_rules_when_a_table_breaks() throws Exception {
    RulesCopy rules = RulesCopy.in(temp.resolve("rules"));
    var initial = new RuleSetLoader().load(rules.directory);
    Database database = Database.open("jdbc:sqlite:" + temp.resolve("qi-assist.db"));
    RulesInService active = RulesInService.start(database, initial);
    RuleSetReloader reloader =
        new RuleSetReloader(
            rules.directory, RepositoryRules.EXAMPLES, active, new InProcessRunner());
    rules.replace(
        SAFETY,
        "safety-practice,,most,most,strength,important",
        "safety-practice,,most,most,strength,big");

    ReloadResult result = reloader.reload("file watcher");

    assertThat(result.activated()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo(SAFETY));
    assertThat(active.current().version()).isEqualTo(initial.version());
    active.close();
    database.close();
  }

  private static List<RuleProblem> problemsOf(RulesCopy rules) {
    RuleSetException e = catchThrowableOfType(RuleSetException.class, rules::load);
    assertThat(e).as("the rules should have been refused").isNotNull();
    return e.problems();
  }
}

package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;

/** check, test and impact: what a policy officer runs before a rule change goes live. */
class PolicyCommandsTest {

  @TempDir Path temp;

  @Test
  void the_repository_rules_pass_a_strict_check() {
    Run run = Run.of("check", "--strict");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 errors, 0 warnings. The rules pass.");
  }

  @Test
  void a_syntax_error_fails_the_check_with_file_and_line() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "statements/statement-2-planning-and-support.drl",
        "agenda-group \"decisions\"\nwhen",
        "agenda-group \"decisions\"\nwhen (");

    Run run = Run.of("check", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains("error: statements/statement-2-planning-and-support.drl line ")
        .contains("the rules do not compile");
  }

  @Test
  void a_forbidden_call_fails_the_check_with_file_and_line() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "statements/statement-2-planning-and-support.drl",
        "then\n",
        "then\n    Runtime.getRuntime().exec(\"rm\");\n");

    Run run = Run.of("check", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .containsPattern(
            "error: statements/statement-2-planning-and-support.drl line \\d+, column \\d+ \\(rule \"[^\"]+\"\\): uses 'Runtime', which rule files may not use");
  }

  @Test
  void a_measure_no_rule_judges_is_a_warning_that_fails_only_a_strict_check() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "measures/measure-catalogue.csv",
        "staff-feel-valued,staff-survey,4,,higher,leadership-views,",
        "staff-feel-valued,staff-survey,4,,higher,unjudged,");

    Run lenient = Run.of("check", "--rules", rules.toString());
    Run strict = Run.of("check", "--rules", rules.toString(), "--strict");

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out())
        .containsPattern(
            "warning: measures/measure-catalogue.csv line \\d+: the measure 'staff-feel-valued' \\(group 'unjudged'\\) is judged by no rule");
    assertThat(strict.exitCode()).isEqualTo(3);
  }

  @Test
  void a_rule_naming_an_unknown_measure_is_an_error() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "statements/statement-2-planning-and-support.drl",
        "measure == \"plan-present\"",
        "measure == \"plan-presents\"");

    Run run = Run.of("check", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains("names the measure 'plan-presents', which is not in the measure catalogue")
        .contains("the nearest ids are plan-present");
  }

  @Test
  void a_placeholder_that_names_no_fact_is_a_warning() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "statements/statement-2-planning-and-support.drl",
        "@explanation(\"{plans}; some plans",
        "@explanation(\"{plnas}; some plans");

    Run run = Run.of("check", "--rules", rules.toString());

    assertThat(run.out()).contains("{plnas} names no fact the rule matches");
  }

  @Test
  void the_examples_meet_their_expected_outcomes() {
    Run run = Run.of("test");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("same     examples/north-lanarkshire-2023.json (Very good)")
        .endsWith("10 passed, 0 failed\n");
  }

  @Test
  void an_example_without_an_expected_outcome_is_a_problem_until_its_outcome_is_accepted()
      throws Exception {
    Path example = temp.resolve("new-example.json");
    Files.copy(Path.of("examples/north-lanarkshire-2023.json"), example);

    Run before = Run.of("test", example.toString());
    Run accept = Run.of("test", "--accept", example.toString());
    Run after = Run.of("test", example.toString());

    assertThat(before.exitCode()).isEqualTo(4);
    assertThat(before.out()).contains("PROBLEM  " + example + ": no readable expected outcome");
    assertThat(accept.exitCode()).isZero();
    assertThat(temp.resolve("new-example.expected.json")).exists();
    assertThat(after.exitCode()).isZero();
    assertThat(after.out()).endsWith("1 passed, 0 failed\n");
  }

  @Test
  void moving_the_most_threshold_shows_which_examples_change_and_impact_sums_it_up()
      throws Exception {
    Path rules = copyOfRules();
    edit(rules, "terms/standard-words.csv", "the majority,50,74", "the majority,50,79");
    edit(rules, "terms/standard-words.csv", "most,75,89", "most,80,89");

    Run check = Run.of("check", "--rules", rules.toString());
    Run test = Run.of("test", "--rules", rules.toString());
    Run impact =
        Run.of("impact", "--from", "rules", "--to", rules.toString(), "--format", "markdown");

    assertThat(check.exitCode()).isZero();
    // test compares decisions (grade, key messages, deciding criteria), never the fired rules:
    // an example differs only when what it decides differs.
    assertThat(test.out()).doesNotContain("rule no longer fires").doesNotContain("rule now fires");
    assertThat(test.out()).contains("examples/calibration-aberdeenshire.json (Very good)");
    // impact shows the trace as well: which rules stopped firing.
    assertThat(impact.exitCode()).isZero();
    assertThat(impact.out())
        .startsWith("# Impact of a rule change")
        .contains("- grades down: 0")
        .contains("rule no longer fires: s3-records-most")
        .contains("### examples/constructed-weak.json");
  }

  @Test
  void impact_names_the_file_and_line_of_new_rules_that_do_not_compile() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "statements/statement-2-planning-and-support.drl",
        "agenda-group \"decisions\"\nwhen",
        "agenda-group \"decisions\"\nwhen (");

    Run impact = Run.of("impact", "--from", "rules", "--to", rules.toString());

    assertThat(impact.exitCode()).isEqualTo(3);
    assertThat(impact.err())
        .startsWith("The new rules in " + rules + " have ")
        .contains("statements/statement-2-planning-and-support.drl line ");
  }

  @Test
  void when_both_rule_sets_are_broken_impact_reports_the_old_ones_problem() throws Exception {
    Path old = copyOfRules();
    Path now = RulesCopy.in(temp.resolve("now")).directory;
    edit(old, "terms/standard-words.csv", "most,75,89", "most,75,");
    edit(
        now,
        "statements/statement-2-planning-and-support.drl",
        "agenda-group \"decisions\"\nwhen",
        "agenda-group \"decisions\"\nwhen (");

    Run impact = Run.of("impact", "--from", old.toString(), "--to", now.toString());

    assertThat(impact.exitCode()).isEqualTo(3);
    assertThat(impact.err())
        .startsWith("The old rules in " + old + " have ")
        .contains("standard-words.csv")
        .doesNotContain("statement-2");
  }

  @Test
  void a_grade_change_is_counted_and_shown_per_file() throws Exception {
    Path rules = copyOfRules();
    edit(
        rules,
        "grade/grade-parameters.csv",
        "excellent-important-areas,0,",
        "excellent-important-areas,2,");
    edit(
        rules,
        "grade/grade-parameters.csv",
        "excellent-outstanding,1,",
        "excellent-outstanding,0,");

    Run impact =
        Run.of(
            "impact",
            "--from",
            "rules",
            "--to",
            rules.toString(),
            "examples/north-lanarkshire-2023.json");

    assertThat(impact.out())
        .contains("grades up: 1")
        .contains("grade: from Very good, to Excellent");
  }

  private Path copyOfRules() {
    return RulesCopy.in(temp.resolve("rules")).directory;
  }

  private static void edit(Path rules, String file, String text, String with) throws Exception {
    Path path = rules.resolve(file);
    String content = Files.readString(path);
    assertThat(content).as(file).contains(text);
    Files.writeString(path, content.replace(text, with));
  }
}

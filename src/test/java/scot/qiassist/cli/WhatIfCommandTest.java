package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `qi-assist what-if FILE` in a terminal: the changes that move the grade, and the draft. */
class WhatIfCommandTest {

  @Test
  void what_if_on_north_lanarkshire_lists_the_nearest_change_first_and_tests_the_draft() {
    CommandLine cli = QiAssist.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("what-if", "examples/north-lanarkshire-2023.json");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("What if: North Lanarkshire\n")
        .contains("The evidence as it stands supports Very good (5).\n")
        .contains(
            "Changes that would move the grade, nearest first\n"
                + "-----------------------------------------------\n"
                + "  - If initial multi-agency meetings that considered risks and needs in full were less than half instead of the majority, the grade would be Good.\n"
                + "      evidence[14]: 'the majority' (50%-74%); 1 point from the edge of less than half\n")
        .contains("Draft grade: Very good (agree)\n")
        .contains("Evidence that stands against it:\n  None.\n");
  }

  @Test
  void what_if_names_the_ways_to_reach_a_draft_the_evidence_does_not_give() {
    Run run = Run.of("what-if", "src/test/resources/whatif/good-drafted-very-good.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Draft grade: Very good (differ)\n")
        .contains("To reach Very good, nearest first\n")
        .contains(
            ". If there were one more major strength in statement 3, the grade would be Very good:"
                + " it would meet 'Very good needs major strengths in more than one statement'.\n"
                + "      findings[+]: not in the evidence: one more major strength in statement 3\n");
  }

  @Test
  void what_if_json_gives_each_way_to_the_draft_with_its_changes() throws Exception {
    Run run =
        Run.of(
            "what-if", "src/test/resources/whatif/good-drafted-very-good.json", "--format", "json");

    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(json.at("/draftGrade/toReach/0/changes/0/grade/label").asText())
        .isEqualTo("Very good");
  }

  @Test
  void what_if_on_a_file_that_does_not_exist_exits_2() {
    Run run = Run.of("what-if", "no-such-file.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such evidence file");
  }
}

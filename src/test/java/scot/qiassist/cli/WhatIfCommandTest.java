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
}

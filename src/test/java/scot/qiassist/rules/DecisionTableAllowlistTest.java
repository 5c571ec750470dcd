package scot.qiassist.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RulesCopy;

/**
 * A decision table is screened as the DRL Drools makes of it, so a cell that adds code is refused
 * at its row, like code in a .drl file.
 */
class DecisionTableAllowlistTest {

  private static final String TABLE = "statements/staff-views.drl.csv";

  /** Rows 10 and 11 are the data rows: each becomes one rule, "Staff views_10" and "_11". */
  private static String table(String weightOfRow11) {
    return """
        RuleSet,qiassist.tables
        Import,"scot.qiassist.evaluation.Reading, scot.qiassist.evaluation.Conclusion, scot.qiassist.evidence.Weight"
        Notes,A table of the staff survey's views
        ,
        RuleTable Staff views,
        CONDITION,ACTION
        $r : Reading,
        "measure == ""$param\""","insert( Conclusion.strength($r, Weight.$param) );"
        measure,weight
        staff-felt-valued,IMPORTANT
        staff-felt-supported,%s
        """
        .formatted(weightOfRow11);
  }

  @TempDir Path temp;

  @Test
  void a_table_whose_cells_are_data_passes_the_allowlist() throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(RulesCopy.in(temp).directory);
    files.put(TABLE, table("MINOR"));

    assertThat(new RuleSetLoader().screen("rules", files)).isEmpty();
  }

  @Test
  void a_cell_that_adds_code_is_refused_at_its_row() throws Exception {
    Map<String, String> files = RuleSetLoader.readDirectory(RulesCopy.in(temp).directory);
    files.put(
        TABLE, table("\"MINOR) ); System.exit(1); insert( Conclusion.strength($r, Weight.MINOR\""));

    assertThat(new RuleSetLoader().screen("rules", files))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(TABLE);
              assertThat(p.line()).isEqualTo(11);
              assertThat(p.message())
                  .isEqualTo(
                      "row 11: a cell uses 'System', which rule files may not use: it is"
                          + " neither a fact the rule matches nor a type of the fact model");
            });
  }
}

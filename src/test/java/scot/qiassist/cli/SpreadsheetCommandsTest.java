package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.sheet.SheetOf;

/** `qi-assist evaluate FILE.csv|FILE.xlsx`, `--keep-good-rows`, and `qi-assist template`. */
class SpreadsheetCommandsTest {

  @TempDir Path temp;

  /** The North Lanarkshire example as a team's CSV sheet. */
  private Path northLanarkshireSheet(String name) throws Exception {
    var doc =
        RepositoryRules.reader()
            .read(
                Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json")));
    Path sheet = temp.resolve(name);
    Files.writeString(sheet, SheetOf.csv(doc));
    return sheet;
  }

  /** The sheet with one figure's phrase replaced by words that are no phrase, in row 15. */
  private Path withABadRow() throws Exception {
    Path sheet = northLanarkshireSheet("bad.csv");
    List<String> lines = SheetOf.lines(Files.readString(sheet));
    lines.set(14, "staff-feel-valued,,,,most all,,,,,,,");
    Files.writeString(sheet, String.join("\r\n", lines));
    return sheet;
  }

  @Test
  void a_csv_sheet_is_evaluated_as_its_json_would_be() throws Exception {
    Run run = Run.of("evaluate", northLanarkshireSheet("north-lanarkshire.csv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Quality indicator 2.1, impact on children and young people: Very good (5)");
  }

  @Test
  void a_sheet_with_a_bad_row_is_refused_whole_with_exit_2_naming_the_row_and_column()
      throws Exception {
    Run run = Run.of("evaluate", withABadRow().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "The spreadsheet has 1 problem:\n  row 15, column phrase: 'most all' is not a phrase"
                + " QI Assist knows; nearest: 'almost all' (90%-99%)")
        .contains("Nothing was evaluated.");
  }

  @Test
  void keeping_the_good_rows_evaluates_the_rest_and_lists_the_rows_left_out() throws Exception {
    Run run = Run.of("evaluate", withABadRow().toString(), "--keep-good-rows");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .startsWith(
            "Left out 1 row with problems (--keep-good-rows); the rest was evaluated:\n"
                + "  row 15, column phrase: 'most all'");
    assertThat(run.out()).contains("Quality indicator 2.1");
  }

  @Test
  void what_if_reads_a_sheet_too() throws Exception {
    Run run = Run.of("what-if", northLanarkshireSheet("nl.csv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("What if: North Lanarkshire\n");
  }

  @Test
  void the_template_is_written_once_and_its_workbook_evaluates_to_what_it_lacks() throws Exception {
    Path template = temp.resolve("evidence.xlsx");

    Run written = Run.of("template", template.toString());
    Run again = Run.of("template", template.toString());
    Run evaluated = Run.of("evaluate", template.toString());

    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).startsWith("Wrote " + template);
    assertThat(Files.size(template)).isPositive();
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
    assertThat(evaluated.exitCode()).isEqualTo(2);
    assertThat(evaluated.err()).contains("row 1, partnership: is missing");
  }

  @Test
  void the_csv_template_is_the_bare_layout() throws Exception {
    Path template = temp.resolve("evidence.csv");

    assertThat(Run.of("template", template.toString()).exitCode()).isZero();
    assertThat(Files.readString(template))
        .startsWith("partnership,\r\ndescription,\r\n")
        .endsWith(
            "\r\nmeasure,count,of,percent,phrase,statement,kind,weight,aspect,key message,"
                + "outstanding,text\r\n");
  }

  @Test
  void a_template_name_of_another_kind_is_refused_with_exit_2() {
    Run run = Run.of("template", temp.resolve("evidence.ods").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give a name ending in .xlsx or .csv");
  }
}

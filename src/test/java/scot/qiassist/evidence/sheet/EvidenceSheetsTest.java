package scot.qiassist.evidence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.Grade;

/** A CSV sheet of figures and findings becomes evidence, or is refused naming each bad cell. */
class EvidenceSheetsTest {

  private static List<String> problems(String csv) {
    return catchThrowableOfType(InvalidSheetException.class, () -> Sheets.read(csv))
        .rowProblems()
        .stream()
        .map(RowProblem::toString)
        .toList();
  }

  @Test
  void a_filled_sheet_becomes_the_evidence_the_reader_accepts() throws Exception {
    SheetImport imported =
        Sheets.read(
            Sheets.csv(
                "ird-held,45,60,,,,,,,,,IRDs held in 45 of the 60 records read",
                "staff-feel-valued,,,88%,,,,,,,,",
                "initial-response-good-or-better,,,,about three-quarters,1,,,,,,",
                ",,,,,4,strength,major,best start,yes,,Leaders had a clear vision."));

    var doc = imported.document();
    assertThat(doc.partnership()).isEqualTo("Testshire");
    assertThat(doc.period().to()).hasToString("2023-09-13");
    assertThat(doc.draftGrade()).isEqualTo(Grade.VERY_GOOD);
    assertThat(doc.samples().staffSurvey()).isEqualTo(1316);
    assertThat(doc.evidence()).hasSize(3);
    assertThat(doc.evidence().get(0).count()).isEqualTo(45);
    assertThat(doc.evidence().get(0).note()).isEqualTo("IRDs held in 45 of the 60 records read");
    assertThat(doc.evidence().get(1).percent()).isEqualTo(88.0);
    assertThat(doc.evidence().get(2).phrase()).isEqualTo("about three-quarters");
    assertThat(doc.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.statement()).isEqualTo(4);
              assertThat(f.kind()).isEqualTo(Kind.STRENGTH);
              assertThat(f.weight()).isEqualTo(Weight.MAJOR);
              assertThat(f.aspect().id()).isEqualTo("best-start");
              assertThat(f.keyMessage()).isTrue();
            });
    assertThat(imported.leftOut()).isEmpty();
  }

  @Test
  void the_imported_json_is_an_evidence_file_the_reader_accepts_as_it_stands() throws Exception {
    SheetImport imported = Sheets.read(Sheets.csv("ird-held,45,60,,,,,,,,,"));

    var again = RepositoryRules.reader().read(imported.json());

    assertThat(again).isEqualTo(imported.document());
  }

  @Test
  void a_bad_row_is_reported_with_its_row_and_column() {
    assertThat(
            problems(Sheets.csv("ird-held,45,60,,,,,,,,,", "staff-feel-valued,,,,most all,,,,,,,")))
        .containsExactly(
            "row 15, column phrase: 'most all' is not a phrase QI Assist knows; nearest:"
                + " 'almost all' (90%-99%), 'about all' (97%-100%: almost all, across a band"
                + " boundary), 'most' (75%-89%); or a percentage such as '88%' or 'just over 40%'");
  }

  @Test
  void every_bad_row_is_reported_at_once_in_row_order() {
    assertThat(
            problems(
                Sheets.csv(
                    "ird-held,61,60,,,,,,,,,",
                    "no-such-measure,,,,most,,,,,,,",
                    "staff-feel-valued,,,eighty,,,,,,,,",
                    ",,,,,5,strength,huge,,maybe,,Text",
                    "plan-present,,,,most,1,,,,,,")))
        .containsExactly(
            "row 14, column count: 61 is more than the 60 given in 'of'",
            "row 15, column measure: 'no-such-measure' is not in the measure catalogue; the"
                + " nearest are 'ird-held', 'plan-present', 'staff-feel-valued'",
            "row 16, column percent: 'eighty' is not a percentage; expected a number from 0 to"
                + " 100, such as 88 or 88%",
            "row 17, column key message: 'maybe' is not yes or no",
            "row 17, column statement: 5 is outside 1 to 4",
            "row 17, column weight: 'huge' is not one of 'minor', 'important', 'major'",
            "row 18, column statement: '1' is not the statement of 'plan-present', which is"
                + " statement 2; leave the cell empty or write 2");
  }

  @Test
  void nothing_is_imported_when_any_row_is_bad() {
    var refused =
        catchThrowableOfType(
            InvalidSheetException.class,
            () ->
                Sheets.read(
                    Sheets.csv("ird-held,45,60,,,,,,,,,", "staff-feel-valued,,,,lots,,,,,,,")));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage())
        .startsWith("The spreadsheet has 1 problem:\n  row 15, column phrase:");
  }

  @Test
  void keeping_the_good_rows_leaves_out_the_bad_ones_and_says_which() throws Exception {
    SheetImport imported =
        Sheets.keepingGoodRows(
            Sheets.csv(
                "ird-held,45,60,,,,,,,,,",
                "staff-feel-valued,,,,lots,,,,,,,",
                ",,,,,4,strength,major,,,,Leaders had a clear vision.",
                ",,,,,2,strength,enormous,,,,Staff knew the children well."));

    assertThat(imported.document().evidence())
        .extracting(e -> e.measure())
        .containsExactly("ird-held");
    assertThat(imported.document().findings()).hasSize(1);
    assertThat(imported.rowsLeftOut()).containsExactly(15, 17);
    assertThat(imported.leftOut())
        .extracting(RowProblem::column)
        .containsExactly("phrase", "weight");
  }

  @Test
  void a_problem_above_the_table_refuses_the_sheet_even_when_keeping_the_good_rows() {
    String csv =
        Sheets.csv("ird-held,45,60,,,,,,,,,").replace("records read,60", "records read,sixty");

    var refused =
        catchThrowableOfType(InvalidSheetException.class, () -> Sheets.keepingGoodRows(csv));

    assertThat(refused.rowProblems())
        .extracting(RowProblem::toString)
        .containsExactly(
            "row 6, records read: 'sixty' is not a whole number; expected the sample's size");
  }

  @Test
  void a_missing_partnership_says_where_to_give_it() {
    assertThat(
            problems(Sheets.csv("ird-held,45,60,,,,,,,,,").replace("partnership,Testshire\n", "")))
        .containsExactly(
            "partnership: is missing; give it in a row above the table, with 'partnership' in"
                + " column A and its value in column B");
  }

  @Test
  void text_that_identifies_a_person_is_refused_in_any_cell_and_never_repeated() {
    List<String> problems =
        problems(
            Sheets.csv(
                ",,,,,2,strength,major,,,,Mrs Smith told us her son felt safe.",
                "Mrs Jones,,,,most,,,,,,,"));

    assertThat(problems)
        .containsExactly(
            "row 14, column text: looks like it identifies a person: a person's name ('Mrs *****',"
                + " at character 1); evidence must be about services in aggregate, without names or"
                + " details of children or families",
            "row 15, column measure: looks like it identifies a person: a person's name"
                + " ('Mrs *****', at character 1); evidence must be about services in aggregate,"
                + " without names or details of children or families");
    assertThat(String.join("\n", problems)).doesNotContain("Smith").doesNotContain("Jones");
  }

  @Test
  void a_figure_row_with_a_findings_weight_is_refused_at_that_cell() {
    assertThat(problems(Sheets.csv("ird-held,45,60,,,,,major,,,,")))
        .containsExactly(
            "row 14, column weight: a row with a measure is a figure, which has no weight; give"
                + " the finding on a row of its own, without a measure");
  }

  @Test
  void a_count_without_a_measure_is_refused() {
    assertThat(problems(Sheets.csv(",45,60,,,,,,,,,")))
        .containsExactly(
            "row 14, column measure: is empty; a row with a count, a percent or a phrase is a"
                + " figure, and needs the measure it is for");
  }

  @Test
  void a_column_qi_assist_does_not_know_is_refused_when_it_holds_values() {
    String csv =
        Sheets.DETAILS.replace(",text\n", ",text,comments\n") + "ird-held,45,60,,,,,,,,,,checked\n";

    assertThat(problems(csv))
        .containsExactly(
            "row 13, column M: 'comments' is not a column QI Assist knows, and row 14 has a value"
                + " in it; name it one of measure, count, of, percent, phrase, statement, kind,"
                + " weight, aspect, key message, outstanding, text, or empty it");
  }

  @Test
  void a_row_above_the_table_that_is_not_a_detail_is_refused() {
    String csv = "Inspection evidence\n" + Sheets.csv("ird-held,45,60,,,,,,,,,");

    assertThat(problems(csv))
        .first()
        .asString()
        .startsWith(
            "row 1: 'Inspection evidence' is not a detail of the inspection QI Assist knows");
  }

  @Test
  void a_sheet_without_the_tables_heading_says_what_heading_it_needs() {
    assertThat(problems("partnership,Testshire\n"))
        .containsExactly(
            "the sheet has no heading row for the table of figures and findings; expected a row"
                + " naming its columns: measure, count, of, percent, phrase, statement, kind,"
                + " weight, aspect, key message, outstanding, text");
  }

  @Test
  void only_the_columns_a_team_uses_need_be_there_in_any_order() throws Exception {
    String csv = "partnership,Testshire\n\ntext,phrase,measure\nSome note,most,ird-held\n";

    assertThat(Sheets.read(csv).document().evidence().get(0).phrase()).isEqualTo("most");
  }

  @Test
  void the_csv_template_read_back_asks_only_for_the_partnership() {
    assertThat(problems(EvidenceTemplate.csv())).containsExactly("row 1, partnership: is missing");
  }

  @Test
  void every_example_written_as_a_sheet_imports_as_the_same_evidence() throws Exception {
    try (var files = java.nio.file.Files.list(RepositoryRules.EXAMPLES)) {
      for (var file : files.filter(f -> !f.toString().endsWith(".expected.json")).toList()) {
        var original = RepositoryRules.reader().read(java.nio.file.Files.readString(file));

        var imported = Sheets.read(SheetOf.csv(original)).document();

        assertThat(imported).as(file.toString()).isEqualTo(original);
      }
    }
  }
}

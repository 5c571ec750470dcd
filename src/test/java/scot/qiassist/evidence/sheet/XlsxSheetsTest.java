package scot.qiassist.evidence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;

/** Excel workbooks: cells read as a person sees them, the template, and files refused whole. */
class XlsxSheetsTest {

  private static List<String> problems(byte[] bytes, String name) {
    return catchThrowableOfType(
            InvalidSheetException.class,
            () -> EvidenceSheets.read(bytes, name, RepositoryRules.get()))
        .rowProblems()
        .stream()
        .map(RowProblem::toString)
        .toList();
  }

  /** A workbook as a team fills the template in Excel: numbers, a date, a percentage, TRUE. */
  private static byte[] filledWorkbook() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
      XSSFSheet sheet = wb.createSheet("Evidence");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      sheet.createRow(0).createCell(0).setCellValue("Partnership");
      sheet.getRow(0).createCell(1).setCellValue("Testshire");
      Row from = sheet.createRow(1);
      from.createCell(0).setCellValue("inspection from");
      from.createCell(1).setCellValue(LocalDate.of(2023, 4, 17));
      from.getCell(1).setCellStyle(date);
      Row to = sheet.createRow(2);
      to.createCell(0).setCellValue("inspection to");
      to.createCell(1).setCellValue(LocalDate.of(2023, 9, 13));
      to.getCell(1).setCellStyle(date);
      Row records = sheet.createRow(3);
      records.createCell(0).setCellValue("Records read");
      records.createCell(1).setCellValue(60.0);
      Row heading = sheet.createRow(5);
      String[] columns = {
        "measure", "count", "of", "percent", "statement", "kind", "weight", "key message", "text"
      };
      for (int c = 0; c < columns.length; c++) {
        heading.createCell(c).setCellValue(columns[c]);
      }
      Row figure = sheet.createRow(6);
      figure.createCell(0).setCellValue("ird-held");
      figure.createCell(1).setCellValue(45.0);
      figure.createCell(2).setCellFormula("50+10");
      Row share = sheet.createRow(7);
      share.createCell(0).setCellValue("staff-feel-valued");
      share.createCell(3).setCellValue(0.88);
      share.getCell(3).setCellStyle(percent);
      Row finding = sheet.createRow(8);
      finding.createCell(4).setCellValue(4);
      finding.createCell(5).setCellValue("Strength");
      finding.createCell(6).setCellValue("Major");
      finding.createCell(7).setCellValue(true);
      finding.createCell(8).setCellValue("Leaders had a clear vision.");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void cells_read_as_a_person_sees_them_from_the_sheet_named_evidence() throws Exception {
    SheetImport imported =
        EvidenceSheets.read(filledWorkbook(), "Testshire.xlsx", RepositoryRules.get());

    var doc = imported.document();
    assertThat(doc.period().from()).isEqualTo(LocalDate.of(2023, 4, 17));
    assertThat(doc.samples().recordsRead()).isEqualTo(60);
    assertThat(doc.evidence().get(0).of()).isEqualTo(60);
    assertThat(doc.evidence().get(1).percent()).isEqualTo(88.0);
    assertThat(doc.findings().get(0).keyMessage()).isTrue();
    assertThat(doc.findings().get(0).weight().id()).isEqualTo("major");
  }

  @Test
  void the_workbook_template_read_back_asks_only_for_the_partnership() {
    byte[] template = EvidenceTemplate.xlsx(RepositoryRules.get());

    assertThat(problems(template, "template.xlsx"))
        .containsExactly("row 1, partnership: is missing");
  }

  @Test
  void the_workbook_template_lists_every_measure_and_accepted_phrase() throws Exception {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new java.io.ByteArrayInputStream(EvidenceTemplate.xlsx(RepositoryRules.get())))) {
      assertThat(wb.getSheet("Measures").getLastRowNum())
          .isEqualTo(RepositoryRules.get().measures().all().size());
      assertThat(wb.getSheet("Phrases").getLastRowNum())
          .isEqualTo(RepositoryRules.get().phrases().accepted().size());
      assertThat(wb.getSheet("Evidence").getDataValidations()).hasSize(12);
    }
  }

  @Test
  void an_excel_97_workbook_is_refused_with_what_to_save_it_as() {
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

    assertThat(problems(xls, "old.xlsx"))
        .containsExactly(
            "old.xlsx is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) or"
                + " as CSV UTF-8");
  }

  @Test
  void a_workbook_that_unpacks_to_more_than_evidence_could_is_refused_before_it_is_read()
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 41; i++) {
        zip.write(zeros);
      }
    }

    assertThat(out.size()).isLessThan(200_000);
    assertThat(problems(out.toByteArray(), "bomb.xlsx"))
        .containsExactly(
            "bomb.xlsx unpacks to more than 40 MB, more than the evidence of one inspection");
  }

  @Test
  void a_file_that_is_not_a_workbook_is_refused() {
    assertThat(problems("hello".getBytes(StandardCharsets.UTF_8), "notes.xlsx"))
        .containsExactly(
            "notes.xlsx is not an Excel workbook (.xlsx) that can be read; save it from the"
                + " spreadsheet as .xlsx or as CSV UTF-8");
  }

  @Test
  void csv_that_is_not_utf8_is_refused_not_guessed_at() {
    byte[] latin1 = "partnership,Dùn Èideann\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(problems(latin1, "evidence.csv"))
        .containsExactly(
            "evidence.csv is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8', or as an"
                + " Excel workbook (.xlsx)");
  }

  @Test
  void a_file_of_another_kind_is_refused_by_its_name() {
    assertThat(problems(new byte[] {1}, "evidence.ods"))
        .containsExactly(
            "evidence.ods is neither an Excel workbook (.xlsx) nor a CSV file (.csv); save the"
                + " spreadsheet as one of them");
  }

  @Test
  void a_file_over_the_limit_is_refused_before_it_is_read() {
    assertThat(problems(new byte[1_000_001], "big.csv"))
        .containsExactly("big.csv is 1000001 bytes; the limit is 1000000 bytes");
  }
}

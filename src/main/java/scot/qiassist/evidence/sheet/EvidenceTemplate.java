package scot.qiassist.evidence.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.qiassist.evidence.Identified;
import scot.qiassist.rules.RuleSet;

/**
 * The spreadsheet teams fill in and import: the details of the inspection above a table with one
 * row per figure or finding ({@link SheetLayout}). The Excel workbook also lists the measures and
 * the accepted phrases of the rules in use, and offers each column's values as it is filled in.
 */
public final class EvidenceTemplate {

  /** The row of the table's heading in the template: below the details and one blank row. */
  static final int HEADING_ROW = SheetLayout.DETAILS.size() + 2;

  private EvidenceTemplate() {}

  /** The template as CSV: the details (values empty), a blank row, the table's heading. */
  public static String csv() {
    StringBuilder out = new StringBuilder();
    SheetLayout.DETAILS.keySet().forEach(d -> out.append(d).append(",\r\n"));
    out.append("\r\n");
    out.append(String.join(",", SheetLayout.COLUMNS.keySet())).append("\r\n");
    return out.toString();
  }

  /** The template as an Excel workbook, with the measures and phrases of these rules. */
  public static byte[] xlsx(RuleSet rules) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFSheet evidence = workbook.createSheet(XlsxGrid.SHEET);
      int measures = reference(workbook, bold, rules);
      details(evidence, bold, workbook);
      heading(evidence, bold);
      new TemplateChoices(evidence, HEADING_ROW, EvidenceSheets.MAX_ROWS).offer(measures);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a workbook to memory", e);
    }
  }

  private static void details(XSSFSheet sheet, CellStyle bold, XSSFWorkbook workbook) {
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    int r = 0;
    for (String detail : SheetLayout.DETAILS.keySet()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(detail);
      row.getCell(0).setCellStyle(bold);
      if (SheetLayout.DATES.contains(detail)) {
        row.createCell(1).setCellStyle(date);
      }
    }
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 36 * 256);
  }

  private static void heading(XSSFSheet sheet, CellStyle bold) {
    Row row = sheet.createRow(HEADING_ROW - 1);
    int c = 0;
    for (String column : SheetLayout.COLUMNS.keySet()) {
      row.createCell(c).setCellValue(column);
      row.getCell(c).setCellStyle(bold);
      if (c > 1) {
        sheet.setColumnWidth(c, (column.equals("text") ? 80 : 14) * 256);
      }
      c++;
    }
    sheet.createFreezePane(0, HEADING_ROW);
  }

  /** The Measures and Phrases sheets; the number of measures, for the measure column's list. */
  private static int reference(XSSFWorkbook workbook, CellStyle bold, RuleSet rules) {
    List<List<String>> measures = new ArrayList<>();
    rules
        .measures()
        .all()
        .forEach(
            m ->
                measures.add(
                    List.of(
                        m.id(),
                        String.valueOf(m.statement()),
                        m.source().sampleName(),
                        m.counted())));
    table(
        workbook,
        bold,
        "Measures",
        List.of("measure", "statement", "source", "what is counted"),
        measures);
    List<List<String>> phrases = new ArrayList<>();
    rules
        .phrases()
        .accepted()
        .forEach(
            p ->
                phrases.add(
                    List.of(
                        p.words(),
                        p.interval().toString(),
                        p.word(),
                        p.straddles() ? "yes: carries a boundary warning" : "no")));
    table(
        workbook,
        bold,
        "Phrases",
        List.of("phrase", "stands for", "reads as", "across a band boundary"),
        phrases);
    return measures.size();
  }

  private static void table(
      XSSFWorkbook workbook,
      CellStyle bold,
      String name,
      List<String> heading,
      List<List<String>> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    Row head = sheet.createRow(0);
    for (int c = 0; c < heading.size(); c++) {
      head.createCell(c).setCellValue(heading.get(c));
      head.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, (c == heading.size() - 1 ? 60 : 26) * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
    sheet.createFreezePane(0, 1);
  }

  /** The ids of an enumeration's values: "strength", "area-for-improvement". */
  static <E extends Enum<E> & Identified> String[] ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Identified::id).toArray(String[]::new);
  }
}

package scot.qiassist.evidence.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the evidence sheet of an Excel workbook (.xlsx) into a grid, with Apache POI: the sheet
 * named "Evidence", else the first. A cell reads as a person sees it: a whole number without ".0",
 * a date as YYYY-MM-DD, a number formatted as a percentage as "88%", a formula as its last
 * calculated value, TRUE and FALSE as yes and no.
 */
final class XlsxGrid {

  static final String SHEET = "Evidence";
  private static final int MAX_COLUMNS = 40;

  private XlsxGrid() {}

  static Grid read(String name, byte[] bytes, int maxRows) throws InvalidSheetException {
    ZipGuard.check(name, bytes);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheet(SHEET);
      if (sheet == null) {
        sheet = workbook.getSheetAt(0);
      }
      List<Grid.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        Grid.Row read = new Grid.Row(row.getRowNum() + 1, cells(row));
        if (row.getRowNum() >= maxRows && !read.isBlank()) {
          throw TooLong.rows(name, maxRows);
        }
        if (row.getRowNum() < maxRows) {
          rows.add(read);
        }
      }
      return new Grid(rows);
    } catch (IOException | RuntimeException e) {
      // POI reports a file that is not a workbook, or a damaged one, with unchecked exceptions of
      // many kinds (NotOfficeXmlFileException, POIXMLException, ...): each means the same here.
      throw ZipGuard.notAWorkbook(name);
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
    for (int c = 0; c < last; c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? "" : text(cell, cell.getCellType()).strip());
    }
    return cells;
  }

  private static String text(Cell cell, CellType type) {
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> number(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
      case FORMULA -> text(cell, cell.getCachedFormulaResultType());
      default -> "";
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue()
          .toLocalDate()
          .format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    double value = cell.getNumericCellValue();
    String format = cell.getCellStyle().getDataFormatString();
    if (format != null && format.contains("%")) {
      return plain(value * 100) + "%";
    }
    return plain(value);
  }

  /** 45 for 45.0, 74.5 for 74.5, 88 for 0.88 * 100 (not 88.00000000000001). */
  private static String plain(double value) {
    return new BigDecimal(Double.toString(value))
        .round(new java.math.MathContext(12))
        .stripTrailingZeros()
        .toPlainString();
  }
}

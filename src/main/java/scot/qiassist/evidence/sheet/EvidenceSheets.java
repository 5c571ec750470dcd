package scot.qiassist.evidence.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.Problem;
import scot.qiassist.rules.RuleSet;

/**
 * Imports the spreadsheets inspection teams keep: an Excel workbook (.xlsx) or a CSV file laid out
 * as {@link SheetLayout} says (the template of {@link EvidenceTemplate}), turned into evidence and
 * checked by the same evidence reader as a JSON file, every problem reported at its row and column.
 *
 * <p>Decision: a sheet with any bad row is refused whole, every problem listed; only when the
 * caller asks to keep the good rows are the bad figures and findings left out (each reported), and
 * even then a problem outside them (a detail above the table, a heading) refuses the whole sheet.
 */
public final class EvidenceSheets {

  /** The largest file read: the same limit as an evidence file's. */
  public static final long MAX_BYTES = 1_000_000;

  /** 11 details, a heading, 500 figures, 500 findings, and room for blank rows. */
  static final int MAX_ROWS = 1_100;

  private EvidenceSheets() {}

  /** Whether a file's name says it is a sheet this class reads: .xlsx or .csv. */
  public static boolean isSheet(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".csv");
  }

  /**
   * The evidence of a sheet, all or nothing.
   *
   * @param fileName the file's name, whose ending (.xlsx or .csv) says how to read it
   * @throws InvalidSheetException with every problem, when any row or detail is bad
   */
  public static SheetImport read(byte[] bytes, String fileName, RuleSet rules)
      throws InvalidSheetException {
    return read(bytes, fileName, rules, false);
  }

  /**
   * The evidence of a sheet; with {@code keepGoodRows}, its good figures and findings when only
   * some rows are bad, the bad ones left out and reported in {@link SheetImport#leftOut()}.
   *
   * @throws InvalidSheetException with every problem, when the sheet cannot be imported
   */
  public static SheetImport read(byte[] bytes, String fileName, RuleSet rules, boolean keepGoodRows)
      throws InvalidSheetException {
    Grid grid = grid(bytes, fileName);
    EvidenceReader reader = new EvidenceReader(rules.measures(), rules.phrases());
    SheetReading reading = new SheetReading(grid, rules.measures(), Set.of());
    Checked checked = check(reading, reader);
    List<RowProblem> problems = checked.problems();
    if (problems.isEmpty()) {
      return new SheetImport(checked.document(), reading.document, List.of());
    }
    Set<Integer> badRows = new HashSet<>();
    problems.forEach(p -> badRows.add(p.row()));
    if (!keepGoodRows || !reading.dataRows.containsAll(badRows)) {
      throw new InvalidSheetException(problems);
    }
    SheetReading kept = new SheetReading(grid, rules.measures(), badRows);
    Checked again = check(kept, reader);
    if (!again.problems().isEmpty()) {
      throw new InvalidSheetException(again.problems());
    }
    return new SheetImport(again.document(), kept.document, problems);
  }

  static Grid grid(byte[] bytes, String fileName) throws InvalidSheetException {
    if (bytes.length > MAX_BYTES) {
      throw TooLong.bytes(fileName, bytes.length, MAX_BYTES);
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return XlsxGrid.read(fileName, bytes, MAX_ROWS);
    }
    if (name.endsWith(".csv")) {
      return CsvGrid.read(fileName, bytes, MAX_ROWS);
    }
    throw new InvalidSheetException(
        List.of(
            new RowProblem(
                0,
                null,
                fileName
                    + " is neither an Excel workbook (.xlsx) nor a CSV file (.csv); save the"
                    + " spreadsheet as one of them")));
  }

  /** The evidence of a reading, or every problem of it (the document is then null). */
  private record Checked(EvidenceDocument document, List<RowProblem> problems) {}

  /** The sheet's own problems and the reader's, each at its cell, one per cell, row by row. */
  private static Checked check(SheetReading reading, EvidenceReader reader) {
    List<RowProblem> all = new ArrayList<>();
    reading.problems.stream().filter(p -> !isAt(p, all)).forEach(all::add);
    Set<Integer> rowsRefused = new HashSet<>();
    all.forEach(p -> rowsRefused.add(p.row()));
    EvidenceDocument document = null;
    try {
      document = reader.read(reading.document);
    } catch (InvalidEvidenceException e) {
      for (Problem p : e.problems()) {
        RowProblem located = reading.cells.locate(p);
        // A row with a value refused as it was read is not also refused whole for lacking it.
        boolean wholeRow = located.row() > 0 && located.column() == null;
        if (!isAt(located, all) && !(wholeRow && rowsRefused.contains(located.row()))) {
          all.add(located);
        }
      }
    }
    all.sort(Comparator.comparingInt(RowProblem::row));
    return new Checked(all.isEmpty() ? document : null, all);
  }

  /** Whether a problem is already reported at this cell of a row. */
  private static boolean isAt(RowProblem p, List<RowProblem> reported) {
    return p.row() > 0
        && reported.stream()
            .anyMatch(r -> r.row() == p.row() && java.util.Objects.equals(r.column(), p.column()));
  }
}

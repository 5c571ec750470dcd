package scot.qiassist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.sheet.EvidenceSheets;
import scot.qiassist.evidence.sheet.InvalidSheetException;
import scot.qiassist.evidence.sheet.RowProblem;
import scot.qiassist.evidence.sheet.SheetImport;
import scot.qiassist.rules.RuleSet;

/**
 * Reads an evidence file from disk, within the same size limit as the service: JSON, or a
 * spreadsheet (.xlsx or .csv) in the layout of the evidence template.
 */
final class EvidenceFile {

  static final long MAX_BYTES = 1_000_000;

  private EvidenceFile() {}

  static EvidenceDocument read(Path file, RuleSet rules)
      throws InputFileException, InvalidEvidenceException, InvalidSheetException {
    return read(file, rules, false, null);
  }

  /**
   * @param keepGoodRows for a spreadsheet: leave out its bad rows rather than refuse it
   * @param err where the rows left out are listed
   */
  static EvidenceDocument read(Path file, RuleSet rules, boolean keepGoodRows, PrintWriter err)
      throws InputFileException, InvalidEvidenceException, InvalidSheetException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, "no such evidence file");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputFileException(file, "is larger than the limit of " + MAX_BYTES + " bytes");
      }
      String name = file.getFileName().toString();
      if (EvidenceSheets.isSheet(name)) {
        SheetImport sheet =
            EvidenceSheets.read(Files.readAllBytes(file), name, rules, keepGoodRows);
        leftOut(sheet, err);
        return sheet.document();
      }
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return new EvidenceReader(rules.measures(), rules.phrases()).read(json);
    } catch (IOException e) {
      throw new InputFileException(file, "could not be read: " + e.getMessage());
    }
  }

  private static void leftOut(SheetImport sheet, PrintWriter err) {
    if (sheet.leftOut().isEmpty() || err == null) {
      return;
    }
    int rows = sheet.rowsLeftOut().size();
    err.println(
        "Left out "
            + rows
            + (rows == 1 ? " row" : " rows")
            + " with problems (--keep-good-rows); the rest was evaluated:");
    for (RowProblem p : sheet.leftOut()) {
      err.println("  " + p);
    }
    err.flush();
  }
}

package scot.qiassist.evidence.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (UTF-8, as spreadsheets save "CSV UTF-8"; a byte-order mark is dropped) into a
 * grid, one record per row: a cell holding a line break is one row, as a spreadsheet shows it. Text
 * in another encoding is refused, not guessed at: a wrong guess changes the evidence.
 */
final class CsvGrid {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  private CsvGrid() {}

  static Grid read(String name, byte[] bytes, int maxRows) throws InvalidSheetException {
    String text = utf8(name, bytes);
    List<Grid.Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        if (rows.size() >= maxRows) {
          throw TooLong.rows(name, maxRows);
        }
        rows.add(new Grid.Row((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidSheetException(
          List.of(
              new RowProblem(
                  rows.size() + 1,
                  null,
                  name
                      + " cannot be read as CSV: a quoted cell is not closed with a double quote"
                      + " (\")")));
    }
    return new Grid(rows);
  }

  private static String utf8(String name, byte[] bytes) throws InvalidSheetException {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidSheetException(
          List.of(
              new RowProblem(
                  0,
                  null,
                  name
                      + " is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8', or as"
                      + " an Excel workbook (.xlsx)")));
    }
  }
}

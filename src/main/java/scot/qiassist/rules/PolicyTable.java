package scot.qiassist.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A policy table: a CSV file that policy staff edit in a spreadsheet or a text editor, read with
 * Apache Commons CSV.
 *
 * <p>Lines starting with # are comments; the first other line names the columns and must be the
 * expected header; fields may be quoted with double quotes to hold commas.
 */
public final class PolicyTable {

  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  /** One data row and the line it stands on, so that problems can name it. */
  public record Row(int line, List<String> fields) {
    public String get(int i) {
      return fields.get(i);
    }
  }

  private PolicyTable() {}

  /** The rows of a table; none when the text is null (a missing table, reported elsewhere). */
  public static List<Row> parse(
      String file, String text, List<String> header, List<RuleProblem> problems) {
    List<Row> rows = new ArrayList<>();
    if (text == null) {
      return rows;
    }
    boolean headerSeen = false;
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      long lineBefore = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        int number = firstLine(text, lineBefore);
        lineBefore = parser.getCurrentLineNumber();
        List<String> fields = record.toList().stream().map(String::trim).toList();
        if (!headerSeen) {
          headerSeen = true;
          if (!fields.equals(header)) {
            problems.add(
                RuleProblem.at(
                    file,
                    number,
                    "the column headings are "
                        + String.join(",", fields)
                        + "; expected "
                        + String.join(",", header)));
            return rows;
          }
          continue;
        }
        if (fields.size() != header.size()) {
          problems.add(
              RuleProblem.at(
                  file,
                  number,
                  "has "
                      + fields.size()
                      + " fields; expected "
                      + header.size()
                      + " ("
                      + String.join(", ", header)
                      + ")"));
          continue;
        }
        rows.add(new Row(number, fields));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(
          RuleProblem.at(
              file,
              0,
              "the table cannot be read as CSV ("
                  + e.getMessage()
                  + "); a quoted field may not be closed with a double quote"));
      return rows;
    }
    if (!headerSeen) {
      problems.add(
          RuleProblem.at(
              file,
              0,
              "the table is empty; expected the heading line " + String.join(",", header)));
    }
    return rows;
  }

  /**
   * The line a record starts on: the first line after the previous record that is neither blank nor
   * a comment.
   */
  private static int firstLine(String text, long linesBefore) {
    String[] lines = text.split("\r?\n", -1);
    int i = (int) linesBefore;
    while (i < lines.length && (lines[i].isBlank() || lines[i].stripLeading().startsWith("#"))) {
      i++;
    }
    return i + 1;
  }
}

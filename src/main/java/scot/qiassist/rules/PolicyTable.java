package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy table: a CSV file that policy staff edit in a spreadsheet or a text editor.
 *
 * <p>Lines starting with # are comments; the first other line names the columns and must be the
 * expected header; fields may be quoted with double quotes to hold commas.
 */
public final class PolicyTable {

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
    String[] lines = text.split("\r?\n", -1);
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> fields = split(line);
      if (fields == null) {
        problems.add(
            RuleProblem.at(file, number, "a quoted field is not closed with a double quote"));
        continue;
      }
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
    if (!headerSeen) {
      problems.add(
          RuleProblem.at(
              file,
              0,
              "the table is empty; expected the heading line " + String.join(",", header)));
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString().trim());
    return fields;
  }
}

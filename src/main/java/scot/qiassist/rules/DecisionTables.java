package scot.qiassist.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Weight;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.StandardWords;

/**
 * Reads a Drools decision table of statement rules ({@code statements/*.drl.csv}): one row per
 * measure group (or measure) and band of standard words, with its kind, weight, aspect, sentence
 * and whether it is a key message.
 *
 * <p>The rows above the data (the rule set, the imports, the phase and the table's code: column
 * types, the pattern and each column's snippet) are fixed: they are the code the cells fill, so
 * they must be exactly as {@link #HEADING} gives them. Every data cell is data: it is checked
 * against its column's format before Drools sees it, so that a cell can never add code (a quote, a
 * backslash, a line break, a word beyond its column's list), and every problem names the file, the
 * row, the column and, in words, what to change. Only a table without problems is compiled, by
 * Drools' own {@link SpreadsheetCompiler}, into rules that go through the same screen and compiler
 * as the .drl files.
 */
final class DecisionTables {

  /** The columns of a statement table, in order, by their heading in row 9. */
  static final List<String> COLUMNS =
      List.of(
          "rule",
          "id",
          "statement",
          "source",
          "explanation",
          "measure group",
          "measure",
          "from word",
          "to word",
          "kind",
          "weight",
          "aspect",
          "sentence",
          "key message");

  private static final String PATTERN = "$reading : Reading...";

  /** Rows 5 to 9: the table's code, which the cells below fill. Row 5 names the table. */
  static final List<List<String>> HEADING =
      List.of(
          List.of(
              "NAME",
              "METADATA",
              "METADATA",
              "METADATA",
              "METADATA",
              "CONDITION",
              "CONDITION",
              "CONDITION",
              "CONDITION",
              "ACTION",
              "ACTION",
              "ACTION",
              "ACTION",
              "ACTION"),
          List.of("", "", "", "", "", PATTERN, PATTERN, PATTERN, PATTERN, "", "", "", "", ""),
          List.of(
              "",
              "id(\"$param\")",
              "statement($param)",
              "source(\"$param\")",
              "explanation(\"$param\")",
              "group == \"$param\"",
              "measure == \"$param\"",
              "atLeast(\"$param\")",
              "atMost(\"$param\")",
              "insert( Conclusion.of($reading, \"$param\")",
              ".weight(\"$param\")",
              ".aspect(\"$param\")",
              ".text(\"$param\")",
              ".keyMessage(\"$param\") );"),
          COLUMNS);

  static final String IMPORTS =
      "scot.qiassist.evaluation.Reading, scot.qiassist.evaluation.Conclusion";

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PACKAGE = Pattern.compile("qiassist\\.[a-z][a-z0-9]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Set<String> READING_FIELDS =
      Set.of("reading", "reading.word", "reading.Word", "reading.sentence", "reading.figures");
  private static final int FIRST_DATA_ROW = 10;

  /**
   * A table read: the rules Drools generated from it, and the row of each rule by its name.
   *
   * @param file the table's path in the rules directory
   * @param drl the rules Drools generated, for the screen and the compiler
   * @param rows the row of each rule, by rule name
   */
  record Table(String file, String drl, Map<String, Integer> rows) {}

  private final String file;
  private final StandardWords words;
  private final MeasureCatalogue measures;
  private final List<RuleProblem> problems;

  private DecisionTables(
      String file, StandardWords words, MeasureCatalogue measures, List<RuleProblem> problems) {
    this.file = file;
    this.words = words;
    this.measures = measures;
    this.problems = problems;
  }

  /**
   * Checks a table and, when it has no problems, has Drools compile it to rules; null otherwise,
   * with every problem added to {@code problems}.
   */
  static Table read(
      String file,
      String text,
      StandardWords words,
      MeasureCatalogue measures,
      List<RuleProblem> problems) {
    return new DecisionTables(file, words, measures, problems).read(text);
  }

  private Table read(String text) {
    int before = problems.size();
    List<CSVRecord> records = records(text);
    if (records == null) {
      return null;
    }
    heading(records);
    if (problems.size() > before) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : records) {
      int number = (int) r.getRecordNumber();
      if (number < FIRST_DATA_ROW) {
        continue;
      }
      List<String> cells = r.toList();
      if (cells.stream().allMatch(String::isBlank)) {
        problem(
            number,
            0,
            "is empty; Drools ends a table at an empty row, so the rows below it would be left out",
            "remove the empty row.");
        continue;
      }
      Row row = row(number, cells);
      if (row != null) {
        rows.add(row);
      }
    }
    if (rows.isEmpty() && problems.size() == before) {
      problem(
          FIRST_DATA_ROW,
          0,
          "the table has no rows of rules",
          "add a row below the headings in row 9.");
    }
    if (problems.size() > before) {
      return null; // bands are checked once every row reads: a row refused would look like a gap
    }
    bands(rows);
    if (problems.size() > before) {
      return null;
    }
    Map<String, Integer> ruleRows = new LinkedHashMap<>();
    rows.forEach(r -> ruleRows.put(r.name, r.number));
    try {
      String drl =
          new SpreadsheetCompiler()
              .compile(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
      return new Table(file, drl, ruleRows);
    } catch (RuntimeException e) {
      problem(0, 0, "Drools could not read the decision table: " + e.getMessage(), null);
      return null;
    }
  }

  private List<CSVRecord> records(String text) {
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(text))
            .setFormat(CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())
            .get()) {
      List<CSVRecord> records = parser.getRecords();
      for (CSVRecord r : records) {
        if (r.getRecordNumber() != lineOf(text, r)) {
          problem(
              (int) r.getRecordNumber(),
              0,
              "holds a cell that runs over more than one line; a cell must be one line",
              "remove the line break from the cell (in a spreadsheet: Alt+Enter made it).");
          return null;
        }
      }
      return records;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problem(
          0,
          0,
          "cannot be read as CSV (" + e.getMessage() + ")",
          "close every quoted cell with a double quote.");
      return null;
    }
  }

  /** The line a record ends on, counted from the text: equal to its number when no cell wraps. */
  private static long lineOf(String text, CSVRecord r) {
    long position = r.getCharacterPosition();
    long line = 1;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private void heading(List<CSVRecord> records) {
    if (records.size() < FIRST_DATA_ROW - 1) {
      problem(
          0,
          0,
          "has "
              + records.size()
              + " rows; a statement table has nine rows of headings before its rules",
          "start from a copy of statements/statement-1-safety.drl.csv.");
      return;
    }
    expect(records.get(0), 0, "RuleSet", "the rule set row");
    if (!PACKAGE.matcher(cell(records.get(0), 1)).matches()) {
      problem(
          1,
          1,
          "the rule set name '"
              + cell(records.get(0), 1)
              + "' is not of the form qiassist.statement1",
          null);
    }
    expect(records.get(1), 0, "Import", "the imports row");
    expect(records.get(1), 1, IMPORTS, "the imports row");
    expect(records.get(2), 0, "AGENDA-GROUP", "the phase row");
    expect(records.get(2), 1, "decisions", "the phase row");
    if (!cell(records.get(4), 0).startsWith("RuleTable ")) {
      problem(5, 0, "should start with 'RuleTable ' and the table's name", null);
    }
    for (int i = 0; i < HEADING.size(); i++) {
      CSVRecord r = records.get(5 + i);
      List<String> expected = HEADING.get(i);
      for (int c = 0; c < expected.size(); c++) {
        expect(r, c, expected.get(c), "the table's code");
      }
      for (int c = expected.size(); c < r.size(); c++) {
        if (!r.get(c).isBlank()) {
          problem(6 + i, c, "is beyond the table's " + expected.size() + " columns", "remove it.");
        }
      }
    }
  }

  private void expect(CSVRecord r, int column, String expected, String what) {
    String actual = cell(r, column);
    if (!actual.equals(expected)) {
      problem(
          (int) r.getRecordNumber(),
          column,
          "is '"
              + actual
              + "' but "
              + what
              + " must hold '"
              + expected
              + "': the rows above the rules are the code the cells fill and are not edited",
          "restore it from the copy in version control; change rules in the rows from row "
              + FIRST_DATA_ROW
              + " down.");
    }
  }

  private static String cell(CSVRecord r, int column) {
    return column < r.size() ? r.get(column) : "";
  }

  /** One data row, checked cell by cell. */
  private record Row(
      int number,
      String name,
      String subject,
      boolean group,
      int statement,
      int from,
      int to,
      Kind kind) {}

  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();

  private Row row(int number, List<String> raw) {
    int before = problems.size();
    List<String> cells = new ArrayList<>(raw);
    while (cells.size() < COLUMNS.size()) {
      cells.add("");
    }
    for (int c = COLUMNS.size(); c < cells.size(); c++) {
      if (!cells.get(c).isBlank()) {
        problem(number, c, "is beyond the table's " + COLUMNS.size() + " columns", "remove it.");
      }
    }
    for (int c = 0; c < COLUMNS.size(); c++) {
      if (!cells.get(c).equals(cells.get(c).strip())) {
        problem(number, c, "begins or ends with a space", "remove the space.");
      }
    }
    String name = text(number, 0, cells.get(0), true);
    if (name != null && names.putIfAbsent(name, number) != null) {
      problem(
          number,
          0,
          "the rule name is already used in row " + names.get(name),
          "give every rule its own name.");
    }
    String id = cells.get(1);
    if (id.isEmpty()) {
      problem(
          number, 1, "is empty; every rule needs an id", "write an id such as s1-practice-most.");
    } else if (!KEBAB.matcher(id).matches()) {
      problem(
          number,
          1,
          "'" + id + "' is not an id of lower-case words joined by hyphens",
          "write it like s1-practice-most.");
    } else if (ids.putIfAbsent(id, number) != null) {
      problem(
          number,
          1,
          "the id '" + id + "' is already used in row " + ids.get(id),
          "give every rule its own id.");
    }
    Integer statement = null;
    if (!cells.get(2).matches("[1-4]")) {
      problem(number, 2, "'" + cells.get(2) + "' is not a statement number 1, 2, 3 or 4", null);
    } else {
      statement = Integer.valueOf(cells.get(2));
    }
    text(number, 3, cells.get(3), true);
    String explanation = text(number, 4, cells.get(4), true);
    placeholders(number, 4, explanation);
    String group = cells.get(5);
    String measure = cells.get(6);
    String subject = null;
    if (group.isEmpty() == measure.isEmpty()) {
      problem(
          number,
          group.isEmpty() ? 5 : 6,
          group.isEmpty()
              ? "both the measure group and the measure are empty; a rule judges one of them"
              : "both the measure group and the measure are filled; a rule judges one of them",
          "fill the measure group (column F) for a group of measures, or the measure (column G) for one measure.");
    } else if (!group.isEmpty()) {
      List<Measure> members = measures.all().stream().filter(m -> m.group().equals(group)).toList();
      if (members.isEmpty()) {
        problem(
            number,
            5,
            "no measure in measures/measure-catalogue.csv is in the group '" + group + "'",
            "the groups are " + String.join(", ", groups()) + ".");
      } else {
        subject = group;
        statementOf(number, statement, members);
      }
    } else {
      var m = measures.find(measure);
      if (m.isEmpty()) {
        problem(
            number,
            6,
            "'" + measure + "' is not a measure of measures/measure-catalogue.csv",
            "the nearest ids are " + String.join(", ", measures.nearest(measure, 3)) + ".");
      } else {
        subject = measure;
        statementOf(number, statement, List.of(m.get()));
      }
    }
    Band from = word(number, 7, cells.get(7));
    Band to = word(number, 8, cells.get(8));
    if (from != null && to != null && from.rank() > to.rank()) {
      problem(
          number,
          8,
          "the band runs from '" + from.word() + "' down to '" + to.word() + "'",
          "put the lower word in 'from word' (column H) and the higher in 'to word' (column I).");
    }
    Kind kind =
        choice(number, 9, cells.get(9), Kind.values(), Kind::id, true) == null
            ? null
            : Kind.fromId(cells.get(9));
    choice(number, 10, cells.get(10), Weight.values(), Weight::id, true);
    choice(number, 11, cells.get(11), Aspect.values(), Aspect::id, false);
    String sentence = text(number, 12, cells.get(12), false);
    placeholders(number, 12, sentence);
    if (!cells.get(13).equals("yes") && !cells.get(13).equals("no")) {
      problem(
          number,
          13,
          cells.get(13).isEmpty() ? "is empty" : "'" + cells.get(13) + "' is not yes or no",
          "write yes for a key message, no otherwise.");
    }
    if (problems.size() > before || subject == null || from == null || to == null) {
      return null;
    }
    return new Row(
        number, name, subject, !group.isEmpty(), statement, from.rank(), to.rank(), kind);
  }

  private void statementOf(int number, Integer statement, List<Measure> members) {
    if (statement == null) {
      return;
    }
    for (Measure m : members) {
      if (m.statement() != statement) {
        problem(
            number,
            2,
            "statement "
                + statement
                + " does not match the measure '"
                + m.id()
                + "', which the catalogue puts under statement "
                + m.statement(),
            "write " + m.statement() + ", or judge the measure in its own statement's table.");
        return;
      }
    }
  }

  /**
   * A free-text cell: one line, without the quote, backslash or dollar that could end its string.
   */
  private String text(int number, int column, String value, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        problem(number, column, "is empty", "write the " + COLUMNS.get(column) + ".");
      }
      return value.isEmpty() ? null : value;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c == '$' || Character.isISOControl(c)) {
        problem(
            number,
            column,
            "holds "
                + (c == '"'
                    ? "a straight double quote (\")"
                    : c == '\\'
                        ? "a backslash (\\)"
                        : c == '$' ? "a dollar sign ($)" : "a control character")
                + ", which a cell of text may not hold: the cell is data and must not end the text it fills",
            c == '"' ? "use typographic quotes (“ ”) or single quotes." : "remove it.");
        return null;
      }
    }
    return value;
  }

  /** Placeholders in a sentence or explanation name only the reading the row matched. */
  private void placeholders(int number, int column, String value) {
    if (value == null) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!READING_FIELDS.contains(m.group(1))) {
        problem(
            number,
            column,
            "{" + m.group(1) + "} is not a placeholder a table row can fill",
            "use {reading}, {reading.word}, {reading.Word}, {reading.sentence} or {reading.figures}.");
      }
    }
  }

  private Band word(int number, int column, String value) {
    if (value.isEmpty()) {
      problem(number, column, "is empty", "write a standard word: " + words.words() + ".");
      return null;
    }
    var band = words.find(value);
    if (band.isEmpty()) {
      problem(
          number,
          column,
          "'" + value + "' is not a standard word",
          "the standard words are " + words.words() + " (terms/standard-words.csv).");
      return null;
    }
    return band.get();
  }

  private <E> String choice(
      int number,
      int column,
      String value,
      E[] values,
      java.util.function.Function<E, String> id,
      boolean required) {
    List<String> ids = java.util.Arrays.stream(values).map(id).toList();
    if (value.isEmpty()) {
      if (required) {
        problem(number, column, "is empty", "write one of " + String.join(", ", ids) + ".");
      }
      return null;
    }
    if (!ids.contains(value)) {
      problem(
          number,
          column,
          "'" + value + "' is not a " + COLUMNS.get(column),
          "write one of " + String.join(", ", ids) + (required ? "" : ", or leave it empty") + ".");
      return null;
    }
    return value;
  }

  /**
   * For each measure group or measure: no two rows of the same kind whose bands overlap, and every
   * standard word covered by some row (a word no row covers would conclude nothing, silently).
   */
  private void bands(List<Row> rows) {
    Map<String, List<Row>> bySubject = new LinkedHashMap<>();
    rows.forEach(r -> bySubject.computeIfAbsent(r.subject, k -> new ArrayList<>()).add(r));
    List<Band> all = words.bands();
    bySubject.forEach(
        (subject, subjectRows) -> {
          String what =
              (subjectRows.get(0).group ? "the measure group '" : "the measure '") + subject + "'";
          for (int i = 0; i < subjectRows.size(); i++) {
            for (int j = i + 1; j < subjectRows.size(); j++) {
              Row a = subjectRows.get(i);
              Row b = subjectRows.get(j);
              if (a.kind == b.kind && a.from <= b.to && b.from <= a.to) {
                problem(
                    b.number,
                    7,
                    "for "
                        + what
                        + ", this "
                        + b.kind.label()
                        + "'s band ("
                        + range(b)
                        + ") overlaps the band of the "
                        + a.kind.label()
                        + " in row "
                        + a.number
                        + " ("
                        + range(a)
                        + "), so one figure would count twice",
                    "make the bands of one kind meet without overlapping, as 'from most to most' and 'from almost all to all'.");
              }
            }
          }
          List<String> uncovered = new ArrayList<>();
          for (Band band : all) {
            if (subjectRows.stream().noneMatch(r -> r.from <= band.rank() && band.rank() <= r.to)) {
              uncovered.add(band.word());
            }
          }
          if (!uncovered.isEmpty()) {
            problem(
                subjectRows.get(0).number,
                7,
                "no row covers "
                    + what
                    + " at "
                    + String.join(", ", uncovered.stream().map(w -> "'" + w + "'").toList())
                    + ": a figure there would conclude nothing",
                "add a row for it, or widen the band of a neighbouring row (columns H and I).");
          }
        });
  }

  private String range(Row r) {
    return "'" + words.bands().get(r.from).word() + "' to '" + words.bands().get(r.to).word() + "'";
  }

  private List<String> groups() {
    return measures.all().stream().map(Measure::group).distinct().sorted().toList();
  }

  /** A problem at a cell: "row 12, column K (weight): ...". Row 0 is the file as a whole. */
  private void problem(int row, int column, String message, String hint) {
    String where =
        row == 0
            ? ""
            : "row "
                + row
                + ", column "
                + (char) ('A' + column)
                + (row >= FIRST_DATA_ROW - 1 && column < COLUMNS.size()
                    ? " (" + COLUMNS.get(column) + ")"
                    : "")
                + ": ";
    problems.add(new RuleProblem(file, row, null, where + message, hint));
  }
}

package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * One rule file read with Drools' own parser, the one its compiler uses, with the characters that
 * would let the file read differently to a person, to that parser and to the Java compiler refused
 * first: unicode escapes, invisible characters, control characters and carriage returns that do not
 * end a line.
 *
 * @param file the file's path relative to the rules directory
 * @param text the file as the compiler will get it (a leading byte-order mark removed)
 * @param model the parsed file, or null when it could not be parsed
 * @param problems what stopped the file being read, each with its line and column
 */
record DrlSource(String file, String text, PackageDescr model, List<RuleProblem> problems) {

  /**
   * A backslash that javac reads as the start of a unicode escape: preceded by an even number of
   * backslashes, followed by one or more u and four hexadecimal digits.
   */
  private static final Pattern UNICODE_ESCAPE =
      Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(\\\\u+[0-9a-fA-F]{4})");

  static final char BYTE_ORDER_MARK = '\uFEFF';

  DrlSource {
    problems = List.copyOf(problems);
  }

  /** The text a rule file is compiled from: without a leading byte-order mark. */
  static String compiledText(String raw) {
    return !raw.isEmpty() && raw.charAt(0) == BYTE_ORDER_MARK ? raw.substring(1) : raw;
  }

  /**
   * Files read lately, by name and text: a reload screens, compiles and checks the same files, and
   * the parse need not be repeated. A parse is never changed once made, so sharing it is safe.
   */
  private static final Map<String, DrlSource> RECENT =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DrlSource> eldest) {
              return size() > 32;
            }
          });

  static DrlSource read(String file, String raw) {
    String key = file + "\u0000" + RuleSetLoader.sha256Hex(raw);
    DrlSource known = RECENT.get(key);
    if (known != null) {
      return known;
    }
    DrlSource read = parse(file, raw);
    RECENT.put(key, read);
    return read;
  }

  private static DrlSource parse(String file, String raw) {
    String text = compiledText(raw);
    List<RuleProblem> problems = new ArrayList<>(characters(file, text));
    if (!problems.isEmpty()) {
      return new DrlSource(file, text, null, problems);
    }
    DrlParser parser = new DrlParser();
    PackageDescr model;
    try {
      model = parser.parse(false, text);
    } catch (DroolsParserException e) {
      return new DrlSource(
          file,
          text,
          null,
          List.of(RuleProblem.at(file, 0, "could not be read: " + e.getMessage())));
    }
    for (DroolsError error : parser.getErrors()) {
      int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
      int column = error instanceof ParserError p ? p.getCol() + 1 : 0;
      problems.add(CompilerMessages.explain(file, line, error.getMessage()).atColumn(column));
    }
    return new DrlSource(file, text, problems.isEmpty() ? model : null, problems);
  }

  /** The line (from 1) of a position in the text. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The column (from 1) of a position in the text. */
  int columnOf(int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - start + 1;
  }

  private static List<RuleProblem> characters(String file, String text) {
    List<RuleProblem> problems = new ArrayList<>();
    Matcher escape = UNICODE_ESCAPE.matcher(text);
    DrlSource at = new DrlSource(file, text, null, List.of());
    while (escape.find()) {
      int offset = escape.start(1);
      problems.add(
          new RuleProblem(
              file,
              at.lineOf(offset),
              at.columnOf(offset),
              null,
              "writes the unicode escape "
                  + escape.group(1)
                  + ", which the Java compiler reads as the character itself, so the rule would not mean what it shows",
              "type the character itself (the files are UTF-8), or remove it."));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String what = hazard(c, i + 1 < text.length() ? text.charAt(i + 1) : 0);
      if (what != null) {
        problems.add(
            new RuleProblem(
                file,
                at.lineOf(i),
                at.columnOf(i),
                null,
                "contains "
                    + what
                    + String.format(" (U+%04X)", (int) c)
                    + ", which rule files may not contain",
                "delete it; a rule file holds visible text, tabs and line breaks only."));
      }
    }
    return problems;
  }

  private static String hazard(char c, char next) {
    if (c == '\r') {
      return next == '\n' ? null : "a carriage return that does not end a line";
    }
    if (c == '\t' || c == '\n') {
      return null;
    }
    if (Character.isISOControl(c)) {
      return "a control character";
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return c == BYTE_ORDER_MARK ? "a byte-order mark inside the file" : "an invisible character";
    }
    return null;
  }
}

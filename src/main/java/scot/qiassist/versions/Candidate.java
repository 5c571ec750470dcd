package scot.qiassist.versions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import scot.qiassist.evidence.Problem;

/**
 * A candidate rule set: the files that change against a parent version (a path given no text is
 * removed), and the examples whose new outcome is to be taken as the one expected of them. Checked
 * when built: every path inside the rules directory, every file within its size.
 *
 * @param parent the version it is based on, or null for the version in service
 * @param changes each changed or new file's text by its path in the rules directory; null removes
 * @param accept the examples whose outcome under the candidate becomes their expected outcome
 */
public record Candidate(String parent, Map<String, String> changes, Set<String> accept) {

  /** The most files a rule set may have, as the rules directory. */
  public static final int MAX_FILES = 200;

  /** The largest file, in bytes of UTF-8, as for the rules directory. */
  public static final int MAX_FILE_BYTES = 1_000_000;

  /** The longest path. */
  static final int MAX_PATH = 200;

  /**
   * A path inside the rules directory: folders and a name of letters, digits, '-', '_' and '.',
   * ending in .drl or .csv (the files a rule set is made of).
   */
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\\.(drl|csv)");

  public Candidate {
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    accept = Collections.unmodifiableSet(new TreeSet<>(accept));
  }

  /**
   * The candidate, or every problem with it at its field.
   *
   * @throws InvalidRequestException naming each path, size or count that cannot be taken
   */
  public static Candidate of(String parent, Map<String, String> changes, List<String> accept)
      throws InvalidRequestException {
    List<Problem> problems = new ArrayList<>();
    if (parent != null && !parent.matches("[0-9a-f]{12}")) {
      problems.add(
          new Problem(
              "parent",
              "'"
                  + shown(parent)
                  + "' is not a version id; expected the 12 hexadecimal digits of a version, as"
                  + " GET /api/ruleset/versions lists them"));
    }
    if (changes.size() > MAX_FILES) {
      problems.add(
          new Problem(
              "files", "has " + changes.size() + " files; the limit is " + MAX_FILES + " files"));
    }
    changes.forEach((path, text) -> problems.addAll(fileProblems(path, text)));
    if (changes.isEmpty() && accept.isEmpty()) {
      problems.add(
          new Problem(
              "files",
              "is empty; expected at least one changed file, {\"PATH\": \"TEXT\"}, or an example"
                  + " to accept"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("candidate", problems);
    }
    return new Candidate(parent, changes, Set.copyOf(accept));
  }

  private static List<Problem> fileProblems(String path, String text) {
    String field = "files." + shown(path);
    List<Problem> problems = new ArrayList<>();
    if (!insideRules(path)) {
      problems.add(new Problem(field, outside(path)));
    }
    if (text != null) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_FILE_BYTES) {
        problems.add(
            new Problem(
                field,
                "is "
                    + bytes
                    + " bytes; the limit for one file is "
                    + MAX_FILE_BYTES
                    + " bytes (1 MB)"));
      }
    }
    return problems;
  }

  /** Whether a path names a rule file or table inside the rules directory. */
  public static boolean insideRules(String path) {
    return path.length() <= MAX_PATH
        && PATH.matcher(path).matches()
        && !path.contains("..")
        && !path.startsWith("rules/");
  }

  private static String outside(String path) {
    if (path.startsWith("rules/")) {
      return "paths are relative to the rules directory: write '"
          + shown(path.substring("rules/".length()))
          + "'";
    }
    if (path.contains("..") || path.startsWith("/") || path.contains("\\")) {
      return "is outside the rules directory; expected a path inside it, such as"
          + " terms/standard-words.csv, with no '..', no '\\\\' and no leading '/'";
    }
    return "is not a rule file's path; expected folders and a name of letters, digits, '-', '_'"
        + " and '.', ending in .drl or .csv, such as statements/statement-1-safety.drl.csv";
  }

  /** A value as messages show it: at most 80 characters, control characters as '?'. */
  static String shown(String value) {
    String cut = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    return cut.codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}

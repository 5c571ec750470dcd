package scot.qiassist.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.StandardWords;

/**
 * Loads a rule set from a directory: the policy tables, then every .drl file below it, screened and
 * compiled. Any problem stops the load with every problem found.
 */
public final class RuleSetLoader {

  static final int MAX_FILES = 200;

  /** Drools decision tables of rules, in CSV: statements/statement-1-safety.drl.csv. */
  static final String DECISION_TABLE = ".drl.csv";

  static final long MAX_FILE_BYTES = 1_000_000;

  private final DrlCompiler compiler = new DrlCompiler();

  public RuleSet load(Path directory) throws RuleSetException {
    return load(directory.toString(), readDirectory(directory));
  }

  /**
   * Loads a rule set from files held in memory, by their path relative to the rules directory; the
   * way a candidate set is checked before it is written anywhere.
   */
  public RuleSet load(String origin, Map<String, String> files) throws RuleSetException {
    Screened screened = screened(origin, files);
    if (!screened.problems().isEmpty()) {
      throw new RuleSetException(screened.problems());
    }
    var compiled = compiler.compile(screened.drl(), screened.tableRows());
    Map<String, RuleInfo> rules = compiled.rules();
    return new RuleSet(
        origin,
        version(files),
        Instant.now(),
        hashes(files),
        compiled.kieBase(),
        screened.words(),
        screened.phrases(),
        screened.measures(),
        screened.parameters(),
        rules,
        files);
  }

  /**
   * Every problem of the policy tables and every refusal of the rule allowlist, found without
   * compiling or running anything of the files: the check a candidate must pass before any of its
   * code is compiled, in this process or another.
   */
  public List<RuleProblem> screen(String origin, Map<String, String> files) {
    return screened(origin, files).problems();
  }

  private record Screened(
      List<RuleProblem> problems,
      Map<String, String> drl,
      Map<String, Map<String, Integer>> tableRows,
      StandardWords words,
      PhraseBook phrases,
      MeasureCatalogue measures,
      GradeParameters parameters) {}

  private Screened screened(String origin, Map<String, String> files) {
    List<RuleProblem> problems = new ArrayList<>();
    PolicyTables tables = new PolicyTables(problems);
    StandardWords words =
        tables.standardWords(required(files, PolicyTables.STANDARD_WORDS, problems));
    PhraseBook phrases =
        tables.phraseBook(
            words,
            required(files, PolicyTables.PHRASES, problems),
            required(files, PolicyTables.MODIFIERS, problems),
            files.get(PolicyTables.HEDGES),
            files.get(PolicyTables.FRACTIONS));
    MeasureCatalogue measures = tables.measures(required(files, PolicyTables.MEASURES, problems));
    GradeParameters parameters =
        tables.gradeParameters(required(files, PolicyTables.GRADE_PARAMETERS, problems));
    Map<String, String> drl = new TreeMap<>();
    Map<String, Map<String, Integer>> tableRows = new TreeMap<>();
    files.forEach(
        (name, text) -> {
          if (name.endsWith(".drl")) {
            drl.put(name, DrlSource.compiledText(text));
            problems.addAll(RuleAllowlist.check(name, text, words));
          } else if (name.endsWith(DECISION_TABLE) && words != null && measures != null) {
            // A decision table's cells are checked as data before Drools writes its rules; the
            // rules it writes then go through the same allowlist and compiler as any .drl file.
            DecisionTables.Table table = DecisionTables.read(name, text, words, measures, problems);
            if (table != null) {
              drl.put(name + DrlCompiler.TABLE_DRL, table.drl());
              tableRows.put(name, table.rows());
              RuleAllowlist.check(name, table.drl(), words).stream()
                  .map(
                      p ->
                          RuleProblem.at(
                              name, 0, "the rules Drools wrote from this table: " + p.message()))
                  .forEach(problems::add);
            }
          }
        });
    if (drl.isEmpty()) {
      problems.add(
          RuleProblem.at(
              origin, 0, "there are no .drl rule files or .drl.csv tables in the rules directory"));
    }
    return new Screened(problems, drl, tableRows, words, phrases, measures, parameters);
  }

  private static String required(
      Map<String, String> files, String name, List<RuleProblem> problems) {
    String text = files.get(name);
    if (text == null) {
      problems.add(
          RuleProblem.at(name, 0, "this policy table is missing from the rules directory"));
      return null;
    }
    return text;
  }

  /** Every .drl and .csv file below a directory, by its path relative to it. */
  public static Map<String, String> readDirectory(Path directory) throws RuleSetException {
    if (!Files.isDirectory(directory)) {
      throw new RuleSetException(
          List.of(RuleProblem.at(directory.toString(), 0, "is not a directory of rule files")));
    }
    Map<String, String> files = new TreeMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = directory.relativize(p).toString().replace('\\', '/');
        if (!name.endsWith(".drl") && !name.endsWith(".csv")) {
          continue;
        }
        if (Files.size(p) > MAX_FILE_BYTES) {
          problems.add(
              RuleProblem.at(name, 0, "is larger than the limit of " + MAX_FILE_BYTES + " bytes"));
          continue;
        }
        files.put(name, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new RuleSetException(
          List.of(RuleProblem.at(directory.toString(), 0, "could not be read: " + e.getMessage())));
    }
    if (files.size() > MAX_FILES) {
      problems.add(
          RuleProblem.at(
              directory.toString(),
              0,
              "holds " + files.size() + " rule files; the limit is " + MAX_FILES));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return files;
  }

  /** A short hash of every file's name and content: the same files give the same version. */
  public static String version(Map<String, String> files) {
    MessageDigest digest = sha256();
    new TreeMap<>(files)
        .forEach(
            (name, text) -> {
              digest.update(name.getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0);
              digest.update(text.getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0);
            });
    return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }

  private static Map<String, String> hashes(Map<String, String> files) {
    Map<String, String> hashes = new HashMap<>();
    files.forEach(
        (name, text) ->
            hashes.put(
                name,
                HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)))));
    return hashes;
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

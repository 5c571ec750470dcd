package scot.qiassist.reload;

import java.util.List;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.rules.CheckReport;

/**
 * One check of a rule set version, as it is stored and answered: the check of its files, each
 * example against the outcome expected of it, and the impact against the version it was based on.
 * The latest check of a version says whether it may be put in service: only when it {@link
 * #passed()}.
 *
 * @param id the check's id (a random UUID)
 * @param version the version checked
 * @param parent the version it was compared with, or null
 * @param at when it was checked (ISO-8601, UTC)
 * @param by who asked
 * @param status {@link #PASSED}, {@link #FAILED} or {@link #REFUSED}
 * @param check the problems of the files (a refused version's only findings)
 * @param examples each example against its expected outcome; empty when refused
 * @param impact what changes against the parent, over the examples and stored evaluations; null
 *     when refused or when the parent could not be evaluated
 */
public record VersionCheck(
    String id,
    String version,
    String parent,
    String at,
    String by,
    String status,
    CheckReport check,
    List<ExampleCheck> examples,
    ImpactTable impact) {

  /** Compiled, no check error, every example as expected: may be put in service. */
  public static final String PASSED = "passed";

  /** Compiled, but a check error or an example that differs from its expected outcome. */
  public static final String FAILED = "failed";

  /** Did not compile, or refused by the allowlist or a table's check: never compiled or run. */
  public static final String REFUSED = "refused";

  public VersionCheck {
    examples = List.copyOf(examples);
  }

  public boolean passed() {
    return PASSED.equals(status);
  }

  /** The status a version with these findings has. */
  public static String statusOf(CheckReport check, List<ExampleCheck> examples) {
    if (check.version() == null) {
      return REFUSED;
    }
    return check.passes(false) && examples.stream().allMatch(ExampleCheck::passed)
        ? PASSED
        : FAILED;
  }

  /**
   * One example under the version.
   *
   * @param example its name: the file name without ".json"
   * @param passed whether its outcome is the expected one
   * @param accepted whether this check took its outcome as the expected one (as {@code test
   *     --accept} does)
   * @param expectedGrade the grade expected of it
   * @param grade the grade it got, or null when it could not be evaluated
   * @param differences how its outcome differs from the expected one, one line each
   * @param problem why it could not be evaluated, or null
   */
  public record ExampleCheck(
      String example,
      boolean passed,
      boolean accepted,
      String expectedGrade,
      String grade,
      List<String> differences,
      String problem) {

    public ExampleCheck {
      differences = List.copyOf(differences);
    }

    static ExampleCheck of(String name, ExampleResult r, String expectedGrade) {
      return new ExampleCheck(
          name,
          r.passed(),
          false,
          expectedGrade,
          r.difference() == null ? null : r.difference().gradeAfter(),
          r.difference() == null ? List.of() : r.difference().lines("expected", "now"),
          r.problem());
    }
  }

  /**
   * What a version changes against its parent.
   *
   * @param examples how many examples were weighed
   * @param evaluations how many stored evaluations were weighed (the latest, up to a limit)
   * @param changes each piece of evidence whose grade or key messages change, or that could not be
   *     evaluated, with before and after
   */
  public record ImpactTable(
      String fromVersion,
      String toVersion,
      int examples,
      int evaluations,
      long gradesUp,
      long gradesDown,
      long keyMessagesGained,
      long keyMessagesLost,
      List<ImpactRow> changes) {

    public ImpactTable {
      changes = List.copyOf(changes);
    }

    /** The table of a report whose file names are {@link Corpus} names. */
    static ImpactTable of(ImpactReport report, int examples, int evaluations) {
      List<ImpactRow> rows =
          report.files().stream()
              .filter(
                  f ->
                      f.problem() != null
                          || f.difference().gradeChanged()
                          || !f.difference().keyMessagesGained().isEmpty()
                          || !f.difference().keyMessagesLost().isEmpty())
              .map(ImpactRow::of)
              .toList();
      return new ImpactTable(
          report.fromVersion(),
          report.toVersion(),
          examples,
          evaluations,
          report.gradesUp(),
          report.gradesDown(),
          report.keyMessagesGained(),
          report.keyMessagesLost(),
          rows);
    }
  }

  /**
   * One piece of evidence whose decision changes.
   *
   * @param name the example's name, or the stored evaluation's partnership and date
   * @param evaluation the stored evaluation's id, or null for an example
   */
  public record ImpactRow(
      String name,
      String evaluation,
      String gradeBefore,
      String gradeAfter,
      List<String> keyMessagesGained,
      List<String> keyMessagesLost,
      String problem) {

    public ImpactRow {
      keyMessagesGained = List.copyOf(keyMessagesGained);
      keyMessagesLost = List.copyOf(keyMessagesLost);
    }

    static ImpactRow of(ImpactReport.FileImpact f) {
      Corpus.Name name = Corpus.Name.parse(f.file());
      if (f.difference() == null) {
        return new ImpactRow(
            name.label(), name.evaluation(), null, null, List.of(), List.of(), f.problem());
      }
      return new ImpactRow(
          name.label(),
          name.evaluation(),
          f.difference().gradeBefore(),
          f.difference().gradeAfter(),
          f.difference().keyMessagesGained(),
          f.difference().keyMessagesLost(),
          null);
    }
  }

  /** The few figures an activation records of the check it rested on. */
  public record Summary(
      String check,
      String status,
      String checkedAt,
      int errors,
      int warnings,
      int examples,
      int examplesPassed,
      Long gradesUp,
      Long gradesDown,
      Long keyMessagesGained,
      Long keyMessagesLost) {}

  public Summary summary() {
    return new Summary(
        id,
        status,
        at,
        check.errors().size(),
        check.warnings().size(),
        examples.size(),
        (int) examples.stream().filter(ExampleCheck::passed).count(),
        impact == null ? null : impact.gradesUp(),
        impact == null ? null : impact.gradesDown(),
        impact == null ? null : impact.keyMessagesGained(),
        impact == null ? null : impact.keyMessagesLost());
  }
}

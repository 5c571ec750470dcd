package scot.qiassist.http;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.examples.ExampleResult;
import scot.qiassist.impact.ImpactReport;
import scot.qiassist.reload.Activation;
import scot.qiassist.reload.CandidateReport;
import scot.qiassist.reload.ReloadResult;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;

/** The JSON shapes of the rule set routes: what is in service, its history, reloads and checks. */
final class RulesetViews {

  private RulesetViews() {}

  /** The rule set in service, and the last reload tried (null before the first). */
  record Ruleset(String version, String loadedAt, Map<String, String> files, Reload lastReload) {
    static Ruleset of(RuleSet rules, ReloadResult last) {
      return new Ruleset(
          rules.version(),
          rules.loadedAt().toString(),
          new TreeMap<>(rules.files()),
          last == null ? null : Reload.of(last));
    }
  }

  /**
   * One reload: activated, or refused with the problems and example differences that stopped it.
   */
  record Reload(
      boolean activated,
      String version,
      String at,
      String by,
      List<Problem> errors,
      List<String> examples) {
    static Reload of(ReloadResult r) {
      return new Reload(
          r.activated(),
          r.version(),
          r.at().toString(),
          r.by(),
          problems(r.errors()),
          r.examples());
    }
  }

  /** One problem in the rule files, with its file and line. */
  record Problem(String file, int line, int column, String rule, String message, String hint) {
    static Problem of(RuleProblem p) {
      return new Problem(p.file(), p.line(), p.column(), p.rule(), p.message(), p.hint());
    }
  }

  record ActivationView(String version, String at, String by, Map<String, String> files) {
    static ActivationView of(Activation a) {
      return new ActivationView(a.version(), a.at().toString(), a.by(), a.files());
    }
  }

  /** What a candidate set of rule files would do, without activating it. */
  record Candidate(boolean wouldActivate, Check check, List<Example> examples, Impact impact) {
    /** The report with no server path in its problems ({@link ServerPaths}). */
    static Candidate of(CandidateReport r, ServerPaths paths) {
      return new Candidate(
          r.wouldActivate(),
          Check.of(r.check(), paths),
          r.examples().stream().map(e -> Example.of(e, paths)).toList(),
          r.impact() == null ? null : Impact.of(r.impact(), paths));
    }
  }

  record Check(
      String version,
      int rules,
      List<Problem> errors,
      List<Problem> warnings,
      List<Problem> notes) {
    static Check of(CheckReport c, ServerPaths paths) {
      return new Check(
          c.version(),
          c.rules(),
          problems(paths.hideProblems(c.errors())),
          problems(paths.hideProblems(c.warnings())),
          problems(paths.hideProblems(c.notes())));
    }
  }

  record Example(String example, boolean passed, List<String> differences, String problem) {
    static Example of(ExampleResult r, ServerPaths paths) {
      return new Example(
          r.example().getFileName().toString(),
          r.passed(),
          r.difference() == null ? List.of() : r.difference().lines("expected", "candidate"),
          paths.hide(r.problem()));
    }
  }

  record Impact(
      String fromVersion,
      String toVersion,
      long gradesUp,
      long gradesDown,
      long unchanged,
      long keyMessagesGained,
      long keyMessagesLost,
      List<FileImpact> files) {
    static Impact of(ImpactReport r, ServerPaths paths) {
      return new Impact(
          r.fromVersion(),
          r.toVersion(),
          r.gradesUp(),
          r.gradesDown(),
          r.unchanged(),
          r.keyMessagesGained(),
          r.keyMessagesLost(),
          r.files().stream().map(f -> FileImpact.of(f, paths)).toList());
    }
  }

  record FileImpact(
      String file, String gradeBefore, String gradeAfter, List<String> changes, String problem) {
    static FileImpact of(ImpactReport.FileImpact f, ServerPaths paths) {
      String name = java.nio.file.Path.of(f.file()).getFileName().toString();
      if (f.difference() == null) {
        return new FileImpact(name, null, null, List.of(), paths.hide(f.problem()));
      }
      return new FileImpact(
          name,
          f.difference().gradeBefore(),
          f.difference().gradeAfter(),
          java.util.stream.Stream.concat(
                  f.difference().lines("from", "to").stream(), f.difference().traceLines().stream())
              .toList(),
          null);
    }
  }

  private static List<Problem> problems(List<RuleProblem> problems) {
    return problems.stream().map(Problem::of).toList();
  }
}

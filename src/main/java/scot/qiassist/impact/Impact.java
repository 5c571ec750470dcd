package scot.qiassist.impact;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import scot.qiassist.examples.ExampleCheck;
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;

/** Evaluates the same evidence under two rule sets and reports what changes. */
public final class Impact {

  private Impact() {}

  public static ImpactReport of(RuleSet from, RuleSet to, List<Path> evidence) {
    ExampleCheck before = new ExampleCheck(from);
    ExampleCheck after = new ExampleCheck(to);
    List<ImpactReport.FileImpact> files = new ArrayList<>();
    for (Path file : evidence) {
      files.add(impact(file, before, after));
    }
    return new ImpactReport(from.version(), to.version(), files);
  }

  private static ImpactReport.FileImpact impact(Path file, ExampleCheck before, ExampleCheck after) {
    Outcome old;
    try {
      old = before.outcome(file);
    } catch (InvalidEvidenceException | IOException e) {
      return new ImpactReport.FileImpact(file.toString(), null, "under the old rules: " + e.getMessage());
    }
    try {
      return new ImpactReport.FileImpact(file.toString(), OutcomeDifference.between(old, after.outcome(file)), null);
    } catch (InvalidEvidenceException | IOException e) {
      return new ImpactReport.FileImpact(file.toString(), null, "under the new rules: " + e.getMessage());
    }
  }
}

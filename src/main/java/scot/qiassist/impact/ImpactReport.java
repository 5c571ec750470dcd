package scot.qiassist.impact;

import java.util.List;
import scot.qiassist.examples.OutcomeDifference;

/**
 * What a change of rules does to a corpus of evidence: each file's difference, and totals.
 *
 * @param fromVersion the version of the rules before the change
 * @param toVersion the version after
 * @param files each evidence file's difference, or the problem that kept it from evaluation
 */
public record ImpactReport(String fromVersion, String toVersion, List<FileImpact> files) {

  /** One evidence file under both rule sets. */
  public record FileImpact(String file, OutcomeDifference difference, String problem) {

    /** +1 when the grade went up, -1 when down, 0 otherwise. */
    public int direction() {
      if (difference == null || !difference.gradeChanged()) {
        return 0;
      }
      return Integer.compare(rank(difference.gradeAfter()), rank(difference.gradeBefore()));
    }

    private static int rank(String label) {
      return scot.qiassist.grade.Grade.fromLabel(label).map(g -> g.value()).orElse(0);
    }
  }

  public ImpactReport {
    files = List.copyOf(files);
  }

  public long gradesUp() {
    return files.stream().filter(f -> f.direction() > 0).count();
  }

  public long gradesDown() {
    return files.stream().filter(f -> f.direction() < 0).count();
  }

  public long unchanged() {
    return files.stream().filter(f -> f.difference() != null && f.difference().isEmpty()).count();
  }

  public long keyMessagesGained() {
    return files.stream()
        .filter(f -> f.difference() != null)
        .mapToLong(f -> f.difference().keyMessagesGained().size())
        .sum();
  }

  public long keyMessagesLost() {
    return files.stream()
        .filter(f -> f.difference() != null)
        .mapToLong(f -> f.difference().keyMessagesLost().size())
        .sum();
  }

  public long problems() {
    return files.stream().filter(f -> f.problem() != null).count();
  }
}

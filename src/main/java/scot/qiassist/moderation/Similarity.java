package scot.qiassist.moderation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import scot.qiassist.storage.EvidenceProfile;

/**
 * How alike two evaluations are, from 0 (nothing alike) to 1 (the same figures and the same
 * findings), as the mean of two parts:
 *
 * <pre>
 *   figures  = |S| / |U| * (1 - mean over m in S of |a(m) - b(m)| / 100)
 *   findings = cosine(a, b) = sum a(k) b(k) / (|a| |b|)
 *   similarity = (figures + findings) / 2
 * </pre>
 *
 * where for figures, S is the set of measures both give and U those either gives, a(m) and b(m) the
 * middle of each one's range in whole percent (so 45 of 60 and "most" differ by 7 points); and for
 * findings, a(k) and b(k) count each evaluation's strengths and areas for improvement in cell k =
 * (statement, kind, weight), 24 cells in all. Figures that only one evaluation gives count against
 * the likeness through |S| / |U|. A part in which neither evaluation has anything counts as alike
 * (1); a part in which only one does, as unlike (0).
 *
 * @param figures the figures part, 0-1
 * @param findings the findings part, 0-1
 * @param sharedMeasures |S|, the measures both give
 */
public record Similarity(double figures, double findings, int sharedMeasures) {

  public static Similarity between(EvidenceProfile a, EvidenceProfile b) {
    Set<String> shared = new HashSet<>(a.readings().keySet());
    shared.retainAll(b.readings().keySet());
    return new Similarity(
        figures(a.readings(), b.readings(), shared),
        cosine(a.findings(), b.findings()),
        shared.size());
  }

  /** The similarity: the mean of the two parts. */
  public double value() {
    return (figures + findings) / 2;
  }

  private static double figures(
      Map<String, Integer> a, Map<String, Integer> b, Set<String> shared) {
    Set<String> union = new HashSet<>(a.keySet());
    union.addAll(b.keySet());
    if (union.isEmpty()) {
      return 1;
    }
    if (shared.isEmpty()) {
      return 0;
    }
    double difference =
        shared.stream().mapToInt(m -> Math.abs(a.get(m) - b.get(m))).average().orElse(0);
    return (double) shared.size() / union.size() * (1 - difference / 100);
  }

  private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    double dot = 0;
    for (var cell : a.entrySet()) {
      dot += cell.getValue() * b.getOrDefault(cell.getKey(), 0);
    }
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Map<String, Integer> v) {
    return Math.sqrt(v.values().stream().mapToDouble(x -> (double) x * x).sum());
  }
}

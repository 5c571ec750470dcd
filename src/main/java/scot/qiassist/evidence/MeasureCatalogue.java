package scot.qiassist.evidence;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.qiassist.terms.EditDistance;

/** The measures that evidence files may report, by id. */
public final class MeasureCatalogue {

  private final Map<String, Measure> measures;

  private MeasureCatalogue(Map<String, Measure> measures) {
    this.measures = measures;
  }

  /**
   * @throws IllegalArgumentException when an id is listed twice
   */
  public static MeasureCatalogue of(List<Measure> measures) {
    Map<String, Measure> byId = new LinkedHashMap<>();
    for (Measure m : measures) {
      if (byId.put(m.id(), m) != null) {
        throw new IllegalArgumentException("the measure '" + m.id() + "' is listed twice");
      }
    }
    return new MeasureCatalogue(byId);
  }

  public Optional<Measure> find(String id) {
    return Optional.ofNullable(measures.get(id));
  }

  public List<Measure> all() {
    return List.copyOf(measures.values());
  }

  /** The known ids closest in spelling to an unknown one, nearest first. */
  public List<String> nearest(String unknown, int howMany) {
    return measures.keySet().stream()
        .sorted(
            Comparator.comparingInt((String id) -> distance(unknown, id)).thenComparing(id -> id))
        .limit(howMany)
        .toList();
  }

  /** Levenshtein distance: the number of single-letter edits between two words. */
  static int distance(String a, String b) {
    return EditDistance.between(a, b);
  }
}

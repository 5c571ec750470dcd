package scot.qiassist.evidence;

/**
 * One figure reported against a measure, in exactly one of three forms: a count of a sample ({@code
 * count} of {@code of}), a percentage, or a phrase in a report's words.
 *
 * <p>Evidence files are checked by {@link EvidenceReader} before an item is built; the constructor
 * only guards the invariants every caller relies on.
 */
public record EvidenceItem(
    String measure, Integer count, Integer of, Double percent, String phrase, String note) {

  public EvidenceItem {
    int forms = (count != null ? 1 : 0) + (percent != null ? 1 : 0) + (phrase != null ? 1 : 0);
    if (measure == null || forms != 1 || (count != null && of == null)) {
      throw new IllegalArgumentException(
          "evidence for '" + measure + "' needs exactly one of count and of, percent, or phrase");
    }
  }

  public static EvidenceItem counted(String measure, int count, int of) {
    return new EvidenceItem(measure, count, of, null, null, null);
  }

  public static EvidenceItem percent(String measure, double percent) {
    return new EvidenceItem(measure, null, null, percent, null, null);
  }

  public static EvidenceItem phrase(String measure, String phrase) {
    return new EvidenceItem(measure, null, null, null, phrase, null);
  }
}

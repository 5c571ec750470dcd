package scot.qiassist.impact;

/**
 * One piece of an impact corpus: evidence JSON and the name the report gives it, such as an
 * example's file name or a stored evaluation's partnership, date and id.
 */
public record NamedEvidence(String name, String json) {

  public NamedEvidence {
    if (name == null || json == null) {
      throw new IllegalArgumentException("evidence in an impact corpus needs a name and its JSON");
    }
  }
}

package scot.qiassist.evidence;

/** Whether a finding or conclusion is a strength or an area for improvement. */
public enum Kind implements Identified {
  STRENGTH("strength", "strength"),
  AREA_FOR_IMPROVEMENT("area-for-improvement", "area for improvement");

  private final String id;
  private final String label;

  Kind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The name used in evidence files and results: "strength", "area-for-improvement". */
  @Override
  public String id() {
    return id;
  }

  /** The name in words: "area for improvement". */
  public String label() {
    return label;
  }

  public static Kind fromId(String id) {
    return Identified.fromId(Kind.class, id);
  }
}

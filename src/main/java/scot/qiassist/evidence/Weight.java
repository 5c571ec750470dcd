package scot.qiassist.evidence;

/**
 * How much a strength or an area for improvement weighs in the balance for the grade.
 *
 * <p>The points each weight counts for in the balance are policy, set once in
 * rules/grade/grade-parameters.csv (major-points, important-points, minor-points).
 */
public enum Weight implements Identified {
  MINOR("minor"),
  IMPORTANT("important"),
  MAJOR("major");

  private final String id;

  Weight(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public boolean atLeast(Weight other) {
    return compareTo(other) >= 0;
  }

  public static Weight fromId(String id) {
    return Identified.fromId(Weight.class, id);
  }
}

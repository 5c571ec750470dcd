package scot.qiassist.evidence;

/**
 * How much a strength or an area for improvement weighs in the balance for the grade.
 *
 * <p>The points (major 3, important 2, minor 1) are what the grade rules compare when they ask
 * whether strengths "just", "clearly" or by far outweigh areas for improvement; they are listed in
 * rules/README.md beside the grade criteria that use them.
 */
public enum Weight implements Identified {
  MINOR("minor", 1),
  IMPORTANT("important", 2),
  MAJOR("major", 3);

  private final String id;
  private final int points;

  Weight(String id, int points) {
    this.id = id;
    this.points = points;
  }

  @Override
  public String id() {
    return id;
  }

  public int points() {
    return points;
  }

  public boolean atLeast(Weight other) {
    return compareTo(other) >= 0;
  }

  public static Weight fromId(String id) {
    return Identified.fromId(Weight.class, id);
  }
}

package scot.qiassist.evidence;

/** Which way a measure's figure is good: most measures are better higher. */
public enum Direction implements Identified {
  HIGHER_IS_BETTER("higher"),
  LOWER_IS_BETTER("lower");

  private final String id;

  Direction(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Direction fromId(String id) {
    return Identified.fromId(Direction.class, id);
  }
}

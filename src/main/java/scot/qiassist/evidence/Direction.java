package scot.qiassist.evidence;

/** Which way a measure's figure is good: most measures are better higher. */
public enum Direction {
  HIGHER_IS_BETTER("higher"),
  LOWER_IS_BETTER("lower");

  private final String id;

  Direction(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Direction fromId(String id) {
    for (Direction d : values()) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException(id);
  }
}

package scot.qiassist.evidence;

/** The four things QI 2.1 asks of children and young people's experience. */
public enum Aspect implements Identified {
  SECURE("secure", "feel valued, loved, fulfilled and secure"),
  LISTENED_TO("listened-to", "feel listened to, understood and respected"),
  RELATIONSHIPS("relationships", "experience sincere human contact and enduring relationships"),
  BEST_START("best-start", "get the best start in life");

  private final String id;
  private final String description;

  Aspect(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static Aspect fromId(String id) {
    return Identified.fromId(Aspect.class, id);
  }
}

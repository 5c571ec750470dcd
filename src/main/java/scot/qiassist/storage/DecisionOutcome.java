package scot.qiassist.storage;

import java.util.Optional;

/** What a moderation panel decided about an evaluation's grade: to agree, or to adjust it. */
public enum DecisionOutcome {
  AGREE("agree"),
  ADJUST("adjust");

  private final String id;

  DecisionOutcome(String id) {
    this.id = id;
  }

  /** The word used in requests, forms and the database: "agree", "adjust". */
  public String id() {
    return id;
  }

  public static Optional<DecisionOutcome> fromId(String id) {
    for (DecisionOutcome o : values()) {
      if (o.id.equals(id)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}

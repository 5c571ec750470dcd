package scot.qiassist.storage;

import scot.qiassist.evaluation.Evaluation;

/**
 * An evaluation with its JSON, written once: the stored row and the service's answer are the same
 * text, so a request that stores an evaluation does not write it twice.
 */
public final class WrittenResult {

  private final Evaluation result;
  private final String json;

  /** Only {@link #of} pairs a result with its JSON, so the two cannot disagree. */
  private WrittenResult(Evaluation result, String json) {
    this.result = result;
    this.json = json;
  }

  public static WrittenResult of(Evaluation result) {
    if (result == null) {
      throw new IllegalArgumentException("a written result needs the evaluation");
    }
    return new WrittenResult(result, StoredJson.write(result));
  }

  public Evaluation result() {
    return result;
  }

  /** The JSON, compact, as {@code evaluate --format json} writes it without indentation. */
  public String json() {
    return json;
  }

  /** The JSON with {@code "id"} first, as the service answers a stored evaluation. */
  public String withId(String id) {
    String rest = json.length() > 2 ? "," + json.substring(1) : "}";
    return "{\"id\":" + StoredJson.write(id) + rest;
  }
}

package scot.qiassist.storage;

import scot.qiassist.evaluation.Evaluation;

/**
 * An evaluation with its JSON, written once: the stored row and the service's answer are the same
 * text, so a request that stores an evaluation does not write it twice.
 *
 * @param result the evaluation
 * @param json its JSON, compact, as {@code evaluate --format json} writes it without indentation
 */
public record WrittenResult(Evaluation result, String json) {

  /** Only {@link #of} pairs a result with its JSON, so the two cannot disagree. */
  public WrittenResult {
    if (result == null || json == null || !json.startsWith("{")) {
      throw new IllegalArgumentException("a written result needs the evaluation and its JSON");
    }
  }

  public static WrittenResult of(Evaluation result) {
    return new WrittenResult(result, StoredJson.write(result));
  }

  /** The JSON with {@code "id"} first, as the service answers a stored evaluation. */
  public String withId(String id) {
    String rest = json.length() > 2 ? "," + json.substring(1) : "}";
    return "{\"id\":" + StoredJson.write(id) + rest;
  }
}

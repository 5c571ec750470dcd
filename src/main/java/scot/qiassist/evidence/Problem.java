package scot.qiassist.evidence;

/**
 * One thing wrong with an evidence document: where (a JSON path such as {@code evidence[3].count})
 * and what, naming the value found and what was expected.
 */
public record Problem(String path, String message) {

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}

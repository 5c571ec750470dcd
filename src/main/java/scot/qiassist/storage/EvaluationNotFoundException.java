package scot.qiassist.storage;

/** No stored evaluation has the id asked for. */
public final class EvaluationNotFoundException extends RuntimeException {

  private final String id;

  public EvaluationNotFoundException(String id) {
    super("no stored evaluation has the id '" + id + "'");
    this.id = id;
  }

  public String id() {
    return id;
  }
}

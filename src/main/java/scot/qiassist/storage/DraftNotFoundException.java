package scot.qiassist.storage;

/** No evidence draft has the id asked for. */
public final class DraftNotFoundException extends RuntimeException {

  private final String id;

  public DraftNotFoundException(String id) {
    super("no evidence draft has the id '" + id + "'");
    this.id = id;
  }

  public String id() {
    return id;
  }
}

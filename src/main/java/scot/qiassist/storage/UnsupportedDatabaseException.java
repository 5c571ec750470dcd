package scot.qiassist.storage;

/** A database URL that names no database QI Assist can store evaluations in. */
public final class UnsupportedDatabaseException extends IllegalArgumentException {

  public UnsupportedDatabaseException(String message) {
    super(message);
  }
}

package scot.qiassist.storage;

/** The database could not be opened, migrated, read or written; the message names the database. */
public final class StorageException extends RuntimeException {

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}

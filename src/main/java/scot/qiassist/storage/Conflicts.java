package scot.qiassist.storage;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** How each database says that a row with the same key is already there. */
final class Conflicts {

  private Conflicts() {}

  /** A primary key violation: SQLite's constraint error, PostgreSQL's SQLState 23505. */
  static boolean isKeyCollision(UnableToExecuteStatementException e) {
    Throwable cause = e.getCause();
    if (cause instanceof SQLException sql) {
      return "23505".equals(sql.getSQLState())
          || String.valueOf(sql.getMessage()).contains("SQLITE_CONSTRAINT_PRIMARYKEY");
    }
    return false;
  }
}

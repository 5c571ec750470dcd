package scot.qiassist.storage;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2: the database itself refuses to change or remove a decision, or to change a stored
 * evaluation, whatever program connects to it. Triggers are the one part of the schema that SQLite
 * and PostgreSQL write differently, so this migration is Java and speaks each.
 */
final class AppendOnlyMigration implements JavaMigration {

  private static final List<String> SQLITE =
      List.of(
          "CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision "
              + "BEGIN SELECT RAISE(ABORT, 'decisions are append-only: a decision is never changed'); END",
          "CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision "
              + "BEGIN SELECT RAISE(ABORT, 'decisions are append-only: a decision is never removed'); END",
          "CREATE TRIGGER evaluation_no_update BEFORE UPDATE ON evaluation "
              + "BEGIN SELECT RAISE(ABORT, 'a stored evaluation is never changed'); END");

  private static final List<String> POSTGRESQL =
      List.of(
          "CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
              + "RAISE EXCEPTION '%', TG_ARGV[0]; END $$",
          "CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision FOR EACH ROW "
              + "EXECUTE FUNCTION refuse_change('decisions are append-only: a decision is never changed')",
          "CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision FOR EACH ROW "
              + "EXECUTE FUNCTION refuse_change('decisions are append-only: a decision is never removed')",
          "CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision FOR EACH STATEMENT "
              + "EXECUTE FUNCTION refuse_change('decisions are append-only: a decision is never removed')",
          "CREATE TRIGGER evaluation_no_update BEFORE UPDATE ON evaluation FOR EACH ROW "
              + "EXECUTE FUNCTION refuse_change('a stored evaluation is never changed')");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2");
  }

  @Override
  public String getDescription() {
    return "decisions are append-only";
  }

  @Override
  public Integer getChecksum() {
    return (SQLITE.hashCode() * 31) + POSTGRESQL.hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    List<String> statements =
        product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
    try (Statement statement = context.getConnection().createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}

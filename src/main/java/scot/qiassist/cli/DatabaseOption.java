package scot.qiassist.cli;

import picocli.CommandLine.Option;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.DatabaseUrl;
import scot.qiassist.storage.EvaluationStore;

/** The --db option of the commands that read stored evaluations. */
final class DatabaseOption {

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      defaultValue = DatabaseUrl.DEFAULT,
      description =
          "the store of evaluations: jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE?user=...&password=... (default: ${DEFAULT-VALUE})")
  String url;

  /** The store, opened and brought up to date. */
  EvaluationStore open() {
    return new EvaluationStore(database());
  }

  /** The database, opened and brought up to date, for all a service keeps in it. */
  Database database() {
    return Database.open(DatabaseUrl.parse(url));
  }
}

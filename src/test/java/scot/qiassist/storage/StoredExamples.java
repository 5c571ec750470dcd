package scot.qiassist.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.InvalidEvidenceException;

/** The examples' evidence, read and evaluated once under the repository's rules, ready to store. */
public final class StoredExamples {

  /** One example: its evidence as posted, as read, and its evaluation. */
  public record Example(String json, EvidenceDocument evidence, Evaluation result) {

    public String saveIn(EvaluationStore store, String author) {
      return store.save(json, evidence, result, author);
    }
  }

  private static final Map<String, Example> CACHE = new HashMap<>();

  private StoredExamples() {}

  /** The example examples/NAME.json, such as "north-lanarkshire-2023" or "constructed-good". */
  public static synchronized Example get(String name) {
    return CACHE.computeIfAbsent(
        name, n -> evaluate(RepositoryRules.EXAMPLES.resolve(n + ".json")));
  }

  /** Evidence written in a test, read and evaluated. */
  public static Example of(String json) {
    try {
      EvidenceDocument doc = RepositoryRules.reader().read(json);
      return new Example(json, doc, RepositoryRules.evaluator().evaluate(doc));
    } catch (InvalidEvidenceException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static Example evaluate(Path file) {
    try {
      return of(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

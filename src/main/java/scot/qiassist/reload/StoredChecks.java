package scot.qiassist.reload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.storage.StorageException;
import scot.qiassist.storage.StoredCheck;

/** Checks of versions to and from the JSON the database keeps them in. */
public final class StoredChecks {

  /** A check stored by an earlier release may hold a field this one no longer has. */
  private static final ObjectReader READER =
      QiAssistJson.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final TypeReference<Map<String, Outcome>> EXPECTED = new TypeReference<>() {};

  private StoredChecks() {}

  public static StoredCheck stored(VersionCheck check, Map<String, Outcome> expected) {
    return new StoredCheck(
        check.id(),
        check.version(),
        Instant.parse(check.at()),
        check.by(),
        check.status(),
        json(new TreeMap<>(expected)),
        json(check));
  }

  public static VersionCheck check(StoredCheck stored) {
    try {
      return READER.forType(VersionCheck.class).readValue(stored.reportJson());
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored check " + stored.id() + " could not be read: " + e.getOriginalMessage(), e);
    }
  }

  public static Map<String, Outcome> expected(StoredCheck stored) {
    try {
      return READER.forType(EXPECTED).readValue(stored.expectedJson());
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the expected outcomes of check "
              + stored.id()
              + " could not be read: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** The expected outcome of each example of a directory, as the files beside them say. */
  public static Map<String, Outcome> expectedOnDisk(List<Path> examples) {
    Map<String, Outcome> expected = new TreeMap<>();
    for (Path example : examples) {
      try {
        expected.put(
            Corpus.exampleName(example),
            ExpectedOutcomes.read(ExpectedOutcomes.expectedFileOf(example)));
      } catch (IOException e) {
        // no expected outcome: the check says so for this example
      }
    }
    return expected;
  }

  public static String json(Object value) {
    try {
      return QiAssistJson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}

package scot.qiassist.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import scot.qiassist.report.JsonReport;

/**
 * The JSON columns: written compactly with the mapper of every JSON QI Assist writes, and read
 * tolerating fields a later version of the result no longer has.
 */
final class StoredJson {

  private static final ObjectMapper MAPPER =
      JsonReport.MAPPER
          .copy()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final TypeReference<List<DecisionComment>> COMMENTS = new TypeReference<>() {};

  private StoredJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  static <T> T read(String json, Class<T> type, String what) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored " + what + " could not be read: " + e.getOriginalMessage(), e);
    }
  }

  static List<DecisionComment> comments(String json) {
    try {
      return MAPPER.readValue(json, COMMENTS);
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored comments could not be read: " + e.getOriginalMessage(), e);
    }
  }
}

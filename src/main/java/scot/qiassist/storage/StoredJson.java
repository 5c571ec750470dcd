package scot.qiassist.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.rules.RuleProblem;

/**
 * The JSON columns: written compactly with the one mapper of QI Assist, and read tolerating fields
 * a later version of the result no longer has.
 */
final class StoredJson {

  /**
   * A column written by an earlier version may hold a field the result no longer has: it is
   * ignored, not an error, so that every stored evaluation stays readable.
   */
  private static final ObjectReader READER =
      QiAssistJson.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final TypeReference<List<DecisionComment>> COMMENTS = new TypeReference<>() {};
  private static final TypeReference<List<RuleProblem>> PROBLEMS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private StoredJson() {}

  static String write(Object value) {
    try {
      return QiAssistJson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  static <T> T read(String json, Class<T> type, String what) {
    try {
      return READER.forType(type).readValue(json);
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored " + what + " could not be read: " + e.getOriginalMessage(), e);
    }
  }

  static List<DecisionComment> comments(String json) {
    try {
      return READER.forType(COMMENTS).readValue(json);
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored comments could not be read: " + e.getOriginalMessage(), e);
    }
  }

  static List<RuleProblem> problems(String json) {
    return list(json, PROBLEMS, "problems of a reload");
  }

  static List<String> strings(String json) {
    return list(json, STRINGS, "example differences of a reload");
  }

  private static <T> List<T> list(String json, TypeReference<List<T>> type, String what) {
    try {
      return READER.forType(type).readValue(json);
    } catch (JsonProcessingException e) {
      throw new StorageException(
          "the stored " + what + " could not be read: " + e.getOriginalMessage(), e);
    }
  }
}

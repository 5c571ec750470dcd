package scot.qiassist.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.reload.VersionCheck;

/** The summary an activation keeps of the check it rested on, read back from its JSON. */
final class Summaries {

  private Summaries() {}

  static VersionCheck.Summary read(String json) {
    try {
      return QiAssistJson.MAPPER
          .readerFor(VersionCheck.Summary.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json);
    } catch (JsonProcessingException e) {
      return null; // a summary that cannot be read is left out, never a failure of the list
    }
  }
}

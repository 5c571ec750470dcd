package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The forms an evidence item gives its figure in: "count with of", "percent", "phrase". */
final class EvidenceForms {

  private EvidenceForms() {}

  static List<String> of(JsonNode item) {
    List<String> forms = new ArrayList<>();
    if (item.hasNonNull("count") || item.hasNonNull("of")) {
      forms.add("count with of");
    }
    if (item.hasNonNull("percent")) {
      forms.add("percent");
    }
    if (item.hasNonNull("phrase")) {
      forms.add("phrase");
    }
    return forms;
  }
}

package scot.qiassist.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.json.QiAssistJson;

/** The JSON form of a result: the contract of the service and of other tools. */
public final class JsonReport {

  private JsonReport() {}

  public static String render(Object result) {
    try {
      return QiAssistJson.INDENTED.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a result could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String render(Evaluation evaluation) {
    return render((Object) evaluation);
  }
}

package scot.qiassist.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import scot.qiassist.evaluation.Evaluation;

/** The JSON form of a result: the contract of the service and of other tools. */
public final class JsonReport {

  /** One configured mapper for every JSON QI Assist writes. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(Object result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a result could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String render(Evaluation evaluation) {
    return render((Object) evaluation);
  }
}

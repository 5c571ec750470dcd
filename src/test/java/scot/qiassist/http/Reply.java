package scot.qiassist.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** One response of the service as a test reads it. */
record Reply(String method, String path, int status, HttpHeaders headers, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();

  String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(
          method + " " + path + " answered " + status + " with a body that is not JSON: " + body,
          e);
    }
  }

  /** The error's detail, for asserting exact messages. */
  String detail() {
    return json().path("detail").asText();
  }
}

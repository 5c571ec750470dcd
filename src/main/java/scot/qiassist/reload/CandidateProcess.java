package scot.qiassist.reload;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import scot.qiassist.json.QiAssistJson;

/**
 * The child process that runs a candidate: reads {"files": {...}, "evidence": {...}} from its
 * input, answers with the {@link CandidateRun} as JSON on its output, and exits. Whatever the
 * candidate's rules might print goes to the error stream, never into the answer.
 */
public final class CandidateProcess {

  /** What the service sends the child. */
  record Request(Map<String, String> files, Map<String, String> evidence) {}

  private CandidateProcess() {}

  public static void main(String[] args) throws IOException {
    PrintStream answer = System.out;
    System.setOut(System.err);
    Request request =
        QiAssistJson.MAPPER
            .readerFor(Request.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(System.in.readAllBytes());
    CandidateRun run = new InProcessRunner().run(request.files(), request.evidence());
    answer.write(QiAssistJson.MAPPER.writeValueAsBytes(run));
    answer.flush();
    System.exit(0);
  }
}

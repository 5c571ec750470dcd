package scot.qiassist.reload;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import scot.qiassist.json.QiAssistJson;

/**
 * The candidate worker: a child process that reads one request frame ({"files": {...}, "evidence":
 * {...}}) at a time from its input, runs the candidate (compiled into a KieBase of its own, dropped
 * once answered) and answers with the {@link CandidateRun} as one frame on its output, until its
 * input ends: when the service stops, or dies, the worker exits. Whatever the candidate's rules
 * might print goes to the error stream, never into an answer.
 */
public final class CandidateProcess {

  /**
   * The largest request read: the evidence of the examples and 500 stored evaluations (about 15 MB
   * at the size of the examples), well within the worker's heap, which holds a request's bytes and
   * its text at once.
   */
  static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;

  /** What the service sends the worker. */
  record Request(Map<String, String> files, Map<String, String> evidence) {}

  private CandidateProcess() {}

  public static void main(String[] args) throws IOException {
    // A worker whose service has ended (killed, so its input never closes while a candidate runs)
    // ends too, at once.
    ProcessHandle.current()
        .parent()
        .ifPresent(service -> service.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    OutputStream answers = new BufferedOutputStream(System.out, 1 << 16);
    System.setOut(System.err);
    InputStream requests = new BufferedInputStream(System.in, 1 << 16);
    byte[] frame;
    while ((frame = Frames.read(requests, MAX_REQUEST_BYTES)) != null) {
      Request request =
          QiAssistJson.MAPPER
              .readerFor(Request.class)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(frame);
      frame = null;
      CandidateRun run = new InProcessRunner().run(request.files(), request.evidence());
      Frames.write(answers, QiAssistJson.MAPPER.writeValueAsBytes(run));
    }
    System.exit(0);
  }
}

package scot.qiassist.reload;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleProblem;

/**
 * Runs a candidate in a child Java process, apart from the service: a clean environment (no tokens,
 * no database address, nothing of the service's settings), a throwaway working directory, a heap
 * limit, and a time limit after which the process is killed. Only its JSON answer is read back, up
 * to a size limit; its error output is never shown.
 */
public final class ChildJvmRunner implements CandidateRunner {

  /** How long a candidate may take to compile, check and evaluate every example. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /** The child's heap: enough for Drools to compile the rules and evaluate the examples. */
  public static final String HEAP_LIMIT = "512m";

  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;
  static final String WHERE = "candidate";

  private final Duration limit;

  public ChildJvmRunner() {
    this(TIME_LIMIT);
  }

  public ChildJvmRunner(Duration limit) {
    this.limit = limit;
  }

  @Override
  public CandidateRun run(Map<String, String> files, Map<String, String> evidence) {
    Path work = null;
    Process child = null;
    try {
      work = Files.createTempDirectory("qi-assist-candidate-");
      child = start(work);
      CompletableFuture<byte[]> answer = read(child.getInputStream());
      send(child.getOutputStream(), new CandidateProcess.Request(files, evidence));
      if (!child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return stopped(
            "did not finish within "
                + (limit.toMillis() % 1000 == 0
                    ? limit.toSeconds() + " seconds"
                    : limit.toMillis() + " milliseconds")
                + " and was stopped; a rule may repeat without end or take too long",
            "look for a rule whose conclusion makes its own condition true again.");
      }
      if (child.exitValue() != 0) {
        return stopped(
            outOfMemory(work)
                ? "ran out of memory (the limit is " + HEAP_LIMIT + ") and was stopped"
                : "stopped before it gave an answer (exit " + child.exitValue() + ")",
            "look for a rule that creates facts without end.");
      }
      return QiAssistJson.MAPPER
          .readerFor(CandidateRun.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(answer.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stopped("was interrupted", null);
    } catch (Exception e) {
      return stopped("gave no answer that could be read", null);
    } finally {
      if (child != null) {
        child.destroyForcibly();
      }
      delete(work);
    }
  }

  private static Process start(Path work) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx" + HEAP_LIMIT,
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            // No performance-data file in the shared /tmp/hsperfdata_USER: the child writes only
            // in its throwaway directory (and the JVM does not step into that shared directory).
            "-XX:-UsePerfData",
            "-Dfile.encoding=UTF-8",
            "-Djava.io.tmpdir=" + work,
            "-cp",
            System.getProperty("java.class.path"),
            CandidateProcess.class.getName());
    builder.environment().clear();
    builder.directory(work.toFile());
    builder.redirectError(work.resolve("errors.log").toFile());
    return builder.start();
  }

  private static void send(OutputStream in, CandidateProcess.Request request) {
    try (in) {
      in.write(QiAssistJson.MAPPER.writeValueAsBytes(request));
    } catch (IOException e) {
      // the child stopped before reading it all; its exit code says why
    }
  }

  private static CompletableFuture<byte[]> read(InputStream out) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (out) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = out.read(buffer)) > 0) {
              if (bytes.size() + n > MAX_ANSWER_BYTES) {
                throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
              }
              bytes.write(buffer, 0, n);
            }
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static boolean outOfMemory(Path work) {
    try {
      byte[] log = Files.readAllBytes(work.resolve("errors.log"));
      int from = Math.max(0, log.length - 4096);
      return new String(log, from, log.length - from, StandardCharsets.UTF_8)
          .contains("OutOfMemoryError");
    } catch (IOException e) {
      return false;
    }
  }

  private static CandidateRun stopped(String what, String hint) {
    RuleProblem problem =
        new RuleProblem(WHERE, 0, null, "the check of the candidate rules " + what, hint);
    return CandidateRun.refused(new CheckReport(null, 0, List.of(problem), List.of(), List.of()));
  }

  private static void delete(Path work) {
    if (work == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(work)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a throwaway directory left behind in the temporary folder does no harm
    }
  }
}

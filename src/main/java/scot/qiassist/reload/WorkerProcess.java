package scot.qiassist.reload;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One started candidate worker: a child Java process with an empty environment, a throwaway working
 * directory (its temporary folder too), a heap limit and no performance-data file, its error output
 * kept in that directory and never shown. {@link #exchange} sends it one request and waits for its
 * answer up to a time limit.
 */
final class WorkerProcess {

  /** Why an exchange gave no answer. */
  enum Failure {
    TIMED_OUT,
    OUT_OF_MEMORY,
    ENDED,
    UNREADABLE
  }

  /** An exchange's answer, or why there is none (with the worker's exit code when it ended). */
  record Reply(byte[] answer, Failure failure, Integer exit) {}

  private final Path work;
  private final Process process;

  private WorkerProcess(Path work, Process process) {
    this.work = work;
    this.process = process;
  }

  static WorkerProcess start(String heapLimit) throws IOException {
    Path work = Files.createTempDirectory("qi-assist-candidate-");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx" + heapLimit,
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            // No performance-data file in the shared /tmp/hsperfdata_USER: the worker writes only
            // in its throwaway directory (and the JVM does not step into that shared directory).
            "-XX:-UsePerfData",
            "-Dfile.encoding=UTF-8",
            "-Djava.io.tmpdir=" + work,
            "-cp",
            classPath(),
            CandidateProcess.class.getName());
    builder.environment().clear();
    builder.directory(work.toFile());
    builder.redirectError(work.resolve("errors.log").toFile());
    try {
      return new WorkerProcess(work, builder.start());
    } catch (IOException e) {
      delete(work);
      throw e;
    }
  }

  /** This process's class path, each entry absolute: the worker runs in another directory. */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Sends one request and reads its answer, on a thread of its own so that a worker that neither
   * reads nor answers is stopped at the limit. A worker that gives no answer is stopped.
   */
  Reply exchange(byte[] request, Duration limit, int maxAnswer) throws InterruptedException {
    CompletableFuture<byte[]> answer = new CompletableFuture<>();
    Thread io =
        new Thread(
            () -> {
              try {
                Frames.write(process.getOutputStream(), request);
                answer.complete(Frames.read(process.getInputStream(), maxAnswer));
              } catch (IOException | RuntimeException e) {
                answer.completeExceptionally(e);
              }
            },
            "candidate-worker-" + process.pid());
    io.setDaemon(true);
    io.start();
    try {
      byte[] bytes = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (bytes != null) {
        return new Reply(bytes, null, null);
      }
    } catch (TimeoutException e) {
      stop();
      return new Reply(null, Failure.TIMED_OUT, null);
    } catch (ExecutionException e) {
      // the worker ended, or its answer could not be read: its exit code says which
    }
    Integer exit = exitWithin(Duration.ofSeconds(5));
    stop();
    if (exit == null) {
      return new Reply(null, Failure.UNREADABLE, null);
    }
    return new Reply(null, outOfMemory() ? Failure.OUT_OF_MEMORY : Failure.ENDED, exit);
  }

  private Integer exitWithin(Duration wait) throws InterruptedException {
    return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  private boolean outOfMemory() {
    try {
      byte[] log = Files.readAllBytes(work.resolve("errors.log"));
      int from = Math.max(0, log.length - 4096);
      return new String(log, from, log.length - from, StandardCharsets.UTF_8)
          .contains("OutOfMemoryError");
    } catch (IOException e) {
      return false;
    }
  }

  /** Ends the worker at once and removes its directory. */
  void stop() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    delete(work);
  }

  private static void delete(Path work) {
    try (Stream<Path> paths = Files.walk(work)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a throwaway directory left behind in the temporary folder does no harm
    }
  }
}

package scot.qiassist.reload;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final AtomicBoolean stopped = new AtomicBoolean();

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
            // The JVM's own messages (running out of memory among them) go to the error log, not
            // into the answers on standard output.
            "-XX:+DisplayVMOutputToStderr",
            // Two cores at most, whatever the machine has: a slow candidate leaves the service
            // the rest.
            "-XX:ActiveProcessorCount=" + Math.min(2, Runtime.getRuntime().availableProcessors()),
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
    } catch (InterruptedException e) {
      // Left mid-request, the worker would answer into the next exchange: it is stopped.
      stop();
      throw e;
    } catch (ExecutionException e) {
      // the worker ended, or its answer could not be read: its exit code says which
    }
    Integer exit = exitWithin(Duration.ofSeconds(5));
    stop();
    if (exit == null) {
      return new Reply(null, Failure.UNREADABLE, null);
    }
    boolean outOfMemory = exit == OUT_OF_MEMORY_EXIT || outOfMemory();
    return new Reply(null, outOfMemory ? Failure.OUT_OF_MEMORY : Failure.ENDED, exit);
  }

  private Integer exitWithin(Duration wait) throws InterruptedException {
    return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  /** The exit code of a JVM that ran out of memory under -XX:+ExitOnOutOfMemoryError. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  /** Whether the end of the error log (its last 4 KB, however long it grew) names the heap. */
  private boolean outOfMemory() {
    try (FileChannel log = FileChannel.open(work.resolve("errors.log"), StandardOpenOption.READ)) {
      long from = Math.max(0, log.size() - 4096);
      ByteBuffer tail = ByteBuffer.allocate((int) (log.size() - from));
      log.read(tail, from);
      return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8)
          .contains("OutOfMemoryError");
    } catch (IOException e) {
      return false;
    }
  }

  /** Ends the worker at once and removes its directory; once, however many callers ask. */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
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
    } catch (IOException | UncheckedIOException e) {
      // a throwaway directory left behind in the temporary folder does no harm
    }
  }
}

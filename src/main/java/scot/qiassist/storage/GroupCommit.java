package scot.qiassist.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes that arrive together are committed together: one transaction, so one flush to disk, for
 * every write waiting when the last commit ended. Each caller returns only once its own write is
 * committed, as if it had committed alone. With one caller at a time it is one write per commit, as
 * before; under load the flushes are shared, which is what lets a single SQLite writer keep up with
 * many requests.
 *
 * <p>A write that fails in a shared transaction does not take the others with it: the batch is then
 * written again one write per transaction, so each caller gets its own outcome.
 */
final class GroupCommit implements AutoCloseable {

  /** The most writes one transaction takes: a bound on how long the first of them waits. */
  static final int MAX_BATCH = 64;

  private record Pending(Consumer<Handle> write, CompletableFuture<Void> done) {}

  private final Jdbi writer;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Object starting = new Object();
  private volatile Thread thread;
  private volatile boolean closed;

  GroupCommit(Jdbi writer) {
    this.writer = writer;
  }

  /** Runs the write in a transaction, possibly shared, and returns once it is committed. */
  void write(Consumer<Handle> write) {
    if (closed) {
      throw new StorageException("the database is closed; nothing was written");
    }
    start();
    Pending pending = new Pending(write, new CompletableFuture<>());
    queue.add(pending);
    try {
      pending.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for a write to be committed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StorageException("a write failed: " + e.getCause(), e.getCause());
    }
  }

  private void start() {
    if (thread != null) {
      return;
    }
    synchronized (starting) {
      if (thread == null) {
        Thread t = new Thread(this::run, "qi-assist-group-commit");
        t.setDaemon(true);
        t.start();
        thread = t;
      }
    }
  }

  private void run() {
    while (!closed || !queue.isEmpty()) {
      Pending first;
      try {
        first = queue.poll(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        if (closed) {
          break;
        }
        continue;
      }
      if (first == null) {
        continue;
      }
      List<Pending> batch = new ArrayList<>();
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      commit(batch);
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(
        p ->
            p.done()
                .completeExceptionally(
                    new StorageException(
                        "the database closed before the write; nothing was written")));
  }

  private void commit(List<Pending> batch) {
    try {
      writer.useTransaction(h -> batch.forEach(p -> p.write().accept(h)));
      batch.forEach(p -> p.done().complete(null));
    } catch (RuntimeException shared) {
      if (batch.size() == 1) {
        batch.get(0).done().completeExceptionally(shared);
        return;
      }
      for (Pending p : batch) {
        try {
          writer.useTransaction(h -> p.write().accept(h));
          p.done().complete(null);
        } catch (RuntimeException alone) {
          p.done().completeExceptionally(alone);
        }
      }
    }
  }

  /** Commits what is waiting, then stops; a write asked for after this is refused. */
  @Override
  public void close() {
    closed = true;
    Thread t = thread;
    if (t != null) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package scot.qiassist.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rules directory and, once changes have settled for the debounce period, asks for a
 * reload. An editor saving a file writes it in several steps; the debounce waits them out, so one
 * save is one reload.
 */
public final class RulesWatcher implements AutoCloseable {

  private final WatchService watch;
  private final ScheduledExecutorService timer;
  private final Thread loop;
  private final Runnable reload;
  private final Duration debounce;
  private ScheduledFuture<?> pending;

  private RulesWatcher(Path directory, Duration debounce, Runnable reload) throws IOException {
    this.watch = FileSystems.getDefault().newWatchService();
    this.debounce = debounce;
    this.reload = reload;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
    register(directory);
    this.loop = daemon(this::run, "rules-watcher");
  }

  public static RulesWatcher start(Path directory, Duration debounce, Runnable reload)
      throws IOException {
    RulesWatcher watcher = new RulesWatcher(directory, debounce, reload);
    watcher.loop.start();
    return watcher;
  }

  private void register(Path directory) throws IOException {
    try (Stream<Path> dirs = Files.walk(directory)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(
            watch,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watch.take();
        key.pollEvents();
        key.reset();
        schedule();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() throws IOException {
    watch.close();
    timer.shutdownNow();
    loop.interrupt();
  }
}

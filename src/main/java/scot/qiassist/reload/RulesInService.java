package scot.qiassist.reload;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.ActivationConflictException;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.RulesetActivations;
import scot.qiassist.storage.RulesetChecks;
import scot.qiassist.storage.RulesetVersions;
import scot.qiassist.storage.StoredActivation;
import scot.qiassist.storage.StoredCheck;
import scot.qiassist.storage.StoredReload;
import scot.qiassist.storage.StoredVersion;

/**
 * The rule set this instance serves, kept in step with the database that every instance shares: the
 * latest activation recorded there is the version in service everywhere. An activation made here is
 * recorded, then served; one made by another instance is noticed by asking the database every
 * {@link #POLL}, built from the files stored with it, and swapped in whole. A request reads {@link
 * #current()} once and keeps that rule set for all its work.
 *
 * <p>Why a poll rather than PostgreSQL's LISTEN/NOTIFY: it works the same on SQLite and PostgreSQL,
 * needs no connection held open for listening, and asks one indexed question (the highest
 * activation number) twice a second, which costs the database next to nothing.
 */
public final class RulesInService implements AutoCloseable {

  /** How often the database is asked for a newer activation: half a second, well within 2 s. */
  public static final Duration POLL = Duration.ofMillis(500);

  private static final Logger LOG = LoggerFactory.getLogger(RulesInService.class);

  private record Served(RuleSet rules, long sequence) {}

  private final RulesetActivations activations;
  private final RulesetVersions versions;
  private final RulesetChecks checks;
  private final String origin;
  private final AtomicReference<Served> served;

  /** One activation or poll at a time on this instance. */
  private final Object activating = new Object();

  /** Held while the rule set is switched; requests read under its other half. */
  private final ReentrantReadWriteLock switchLock = new ReentrantReadWriteLock();

  private final Lock switching = switchLock.writeLock();
  private final Lock reading = switchLock.readLock();
  private final ScheduledExecutorService poller;
  private volatile String unbuildable;

  private RulesInService(Database database, String origin, Served first, Duration poll) {
    this.activations = new RulesetActivations(database);
    this.versions = new RulesetVersions(database);
    this.checks = new RulesetChecks(database);
    this.origin = origin;
    this.served = new AtomicReference<>(first);
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ruleset-poll");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(
        this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * What an instance serves when it starts: the version in service in the database, or, in a
   * database where none is yet, the rules of its own directory, recorded as put in service at
   * start-up. The directory's rules are served as they are when they are that version.
   *
   * @param fromDirectory the rules of this instance's directory, loaded
   */
  public static RulesInService start(Database database, RuleSet fromDirectory) {
    return start(database, fromDirectory, POLL);
  }

  static RulesInService start(Database database, RuleSet fromDirectory, Duration poll) {
    RulesetActivations activations = new RulesetActivations(database);
    Optional<StoredActivation> latest = activations.latest();
    if (latest.isEmpty()) {
      new RulesetVersions(database)
          .save(
              new StoredVersion(
                  fromDirectory.version(),
                  java.time.Instant.now(),
                  null,
                  Activation.START_UP,
                  StoredVersion.DIRECTORY),
              fromDirectory.sources());
      try {
        StoredActivation first =
            activations.activate(
                fromDirectory.version(),
                fromDirectory.sources(),
                Activation.START_UP,
                "the rules directory, the first version of this database",
                null,
                0,
                sequence -> Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return new RulesInService(
            database, fromDirectory.directory(), new Served(fromDirectory, first.sequence()), poll);
      } catch (ActivationConflictException e) {
        latest = activations.latest();
      }
    }
    StoredActivation active = latest.orElseThrow();
    RuleSet rules = fromDirectory;
    if (!active.version().equals(fromDirectory.version())) {
      try {
        rules =
            new RuleSetLoader()
                .load(
                    fromDirectory.directory(),
                    new RulesetVersions(database).files(active.version()));
      } catch (RuleSetException e) {
        LOG.warn(
            "Version {} is in service in the database but cannot be built here ({}); serving the"
                + " rules directory's version {} until the next activation.",
            active.version(),
            e.getMessage(),
            fromDirectory.version());
      }
    }
    return new RulesInService(
        database, fromDirectory.directory(), new Served(rules, active.sequence()), poll);
  }

  /** The rule set in service here now. */
  public RuleSet current() {
    reading.lock();
    try {
      return served.get().rules();
    } finally {
      reading.unlock();
    }
  }

  /**
   * Switches what this instance serves and returns the moment it did, a whole millisecond: the
   * switch waits (under a millisecond) for the clock to reach the next one. Requests are held off
   * meanwhile, so a request that read the old rule set read it before that moment and one that
   * reads the new one reads it after, however the threads are scheduled; the history records
   * exactly when each version was in service.
   */
  private Instant switchTo(Served next) {
    switching.lock();
    try {
      Instant now = Instant.now();
      Instant at = now.truncatedTo(ChronoUnit.MILLIS);
      if (at.isBefore(now)) {
        at = at.plusMillis(1);
      }
      while (Instant.now().isBefore(at)) {
        Thread.onSpinWait();
      }
      served.set(next);
      return at;
    } finally {
      switching.unlock();
    }
  }

  /**
   * Puts a checked candidate in service on every instance, unless another activation came since
   * {@code basis} was in service here (the candidate was judged against a rule set that is no
   * longer the one in service).
   *
   * @param note why it was put in service
   * @param summary the summary (JSON) of the check it rested on
   * @return the activation, or empty when another came first and nothing was recorded
   */
  Optional<Activation> activate(
      RuleSet candidate, RuleSet basis, String by, String note, String summary) {
    synchronized (activating) {
      Served now = served.get();
      if (now.rules() != basis) {
        return Optional.empty();
      }
      try {
        StoredActivation a =
            activations.activate(
                candidate.version(),
                candidate.sources(),
                by,
                note,
                summary,
                now.sequence(),
                sequence -> switchTo(new Served(candidate, sequence)));
        return Optional.of(Activation.of(a));
      } catch (ActivationConflictException e) {
        switchTo(now);
        return Optional.empty();
      } catch (RuntimeException e) {
        switchTo(now);
        throw e;
      }
    }
  }

  /** How often an activation on top of the latest is tried again when another took its number. */
  static final int ACTIVATION_TRIES = 10;

  /**
   * Puts a version in service on every instance, whatever is in service now: of two activations at
   * once, on this instance or another, both are recorded and the later one is in service
   * everywhere. The rule set is switched here whole, at the time the history gives.
   *
   * @param rules the version, compiled
   * @param note why, as the person who asked gave it
   * @param summary the summary (JSON) of the check it rests on
   */
  public StoredActivation activateOnTop(RuleSet rules, String by, String note, String summary) {
    for (int attempt = 1; ; attempt++) {
      synchronized (activating) {
        Served now = served.get();
        try {
          return activations.activateOnTop(
              rules.version(),
              rules.sources(),
              by,
              note,
              summary,
              sequence -> switchTo(new Served(rules, sequence)));
        } catch (ActivationConflictException e) {
          switchTo(now);
          if (attempt >= ACTIVATION_TRIES) {
            throw e;
          }
        } catch (RuntimeException e) {
          switchTo(now);
          throw e;
        }
      }
    }
  }

  /** Stores a version, if it is new, and a check of it. */
  public void recordCheck(StoredVersion version, Map<String, String> files, StoredCheck check) {
    checks.save(version, files, check);
  }

  /** Every activation recorded in the database, by any instance, oldest first. */
  public List<Activation> history() {
    return activations.history().stream().map(Activation::of).toList();
  }

  /** Whether this version was ever put in service, here or on another instance. */
  public boolean wasActivated(String version) {
    return activations.wasActivated(version);
  }

  void recordReload(ReloadResult r) {
    activations.recordReload(
        new StoredReload(r.at(), r.by(), r.activated(), r.version(), r.errors(), r.examples()));
  }

  /** The last reload tried on any instance, or null before the first. */
  ReloadResult lastReload() {
    return activations
        .lastReload()
        .map(
            r ->
                new ReloadResult(
                    r.activated(), r.version(), r.at(), r.by(), r.errors(), r.examples()))
        .orElse(null);
  }

  /** Switches to a newer activation made elsewhere; a failure is logged and tried again later. */
  void poll() {
    try {
      long latest = activations.latestSequence();
      if (latest <= served.get().sequence()) {
        return;
      }
      synchronized (activating) {
        Served now = served.get();
        StoredActivation a = activations.latest().orElseThrow();
        if (a.sequence() <= now.sequence()) {
          return;
        }
        if (a.version().equals(now.rules().version())) {
          switchTo(new Served(now.rules(), a.sequence()));
          return;
        }
        if (a.version().equals(unbuildable)) {
          return;
        }
        try {
          RuleSet next = new RuleSetLoader().load(origin, versions.files(a.version()));
          switchTo(new Served(next, a.sequence()));
          LOG.info("Rules switched to version {}, put in service by {}.", a.version(), a.by());
        } catch (RuleSetException e) {
          unbuildable = a.version();
          LOG.warn(
              "Version {}, put in service by {}, cannot be built here ({}); version {} stays.",
              a.version(),
              a.by(),
              e.getMessage(),
              now.rules().version());
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not ask the database for a newer rule set version: {}", e.getMessage());
    }
  }

  /** Stops asking the database; the rule set in service stays as it is. */
  @Override
  public void close() {
    poller.shutdownNow();
  }
}

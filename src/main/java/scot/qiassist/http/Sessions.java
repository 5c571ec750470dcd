package scot.qiassist.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' sign-in sessions, held in memory: a random session id (the cookie's value) maps to the
 * identity of the token signed in with and to the form token its forms must carry back. A session
 * ends when its holder signs out or its lifetime has passed, and with the service: after a restart
 * everyone signs in again.
 */
public final class Sessions {

  /** How long a sign-in lasts by default: a working day. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

  /** One signed-in browser. */
  record Session(String id, Identity identity, String formToken, Instant started, Instant expires) {

    long lifetimeSeconds() {
      return Duration.between(started, expires).toSeconds();
    }
  }

  /**
   * At most this many live sessions: the oldest goes to make room, so that memory stays bounded.
   */
  static final int MAX_SESSIONS = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  public Sessions(Duration lifetime, Clock clock) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException(
          "a session lifetime of " + lifetime + " would end every session at once");
    }
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public static Sessions defaults() {
    return new Sessions(DEFAULT_LIFETIME, Clock.systemUTC());
  }

  /** A new session for this identity; expired sessions are dropped on the way. */
  Session start(Identity identity) {
    Instant now = clock.instant();
    byId.values().removeIf(s -> !s.expires().isAfter(now));
    if (byId.size() >= MAX_SESSIONS) {
      byId.values().stream()
          .min(Comparator.comparing(Session::expires))
          .ifPresent(oldest -> byId.remove(oldest.id()));
    }
    Session session = new Session(random(), identity, random(), now, now.plus(lifetime));
    byId.put(session.id(), session);
    return session;
  }

  /** The live session with this id, if there is one. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null || !session.expires().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(session);
  }

  void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** 256 random bits, URL-safe: neither guessable nor worth counting. */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

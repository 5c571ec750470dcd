package scot.qiassist.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import scot.qiassist.storage.RulesetVersions;
import scot.qiassist.storage.SessionStore;
import scot.qiassist.storage.StoredSession;

/**
 * The pages' sign-in sessions, kept in the database that every instance of the service shares: a
 * random session id (the cookie's value) stands for the identity of the token signed in with and
 * for the form token its forms must carry back. A session ends when its holder signs out (on any
 * instance) or its lifetime has passed. It outlives a restart, but only while the token it was
 * signed in with is still accepted, for the same holder (see {@link SessionAccess}).
 */
public final class Sessions {

  /** How long a sign-in lasts by default: a working day. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

  /**
   * One signed-in browser.
   *
   * @param tokenSha256 the SHA-256 of the token signed in with; null in single-user local mode
   */
  record Session(
      String id,
      Identity identity,
      String tokenSha256,
      String formToken,
      Instant started,
      Instant expires) {

    long lifetimeSeconds() {
      return Duration.between(started, expires).toSeconds();
    }
  }

  /**
   * At most this many live sessions: the one that would end first goes to make room, so that the
   * table stays bounded however often a browser without a cookie asks for a page.
   */
  static final int MAX_SESSIONS = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionStore store;
  private final Duration lifetime;
  private final Clock clock;
  private final int limit;

  public Sessions(SessionStore store, Duration lifetime, Clock clock) {
    this(store, lifetime, clock, MAX_SESSIONS);
  }

  Sessions(SessionStore store, Duration lifetime, Clock clock, int limit) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException(
          "a session lifetime of " + lifetime + " would end every session at once");
    }
    this.store = store;
    this.lifetime = lifetime;
    this.clock = clock;
    this.limit = limit;
  }

  public static Sessions in(SessionStore store) {
    return new Sessions(store, DEFAULT_LIFETIME, Clock.systemUTC());
  }

  /** A new session for this identity, signed in with this token (null: local mode). */
  Session start(Identity identity, String token) {
    Instant now = clock.instant();
    Session session =
        new Session(
            random(),
            identity,
            token == null ? null : sha256(token),
            random(),
            now,
            now.plus(lifetime));
    store.start(
        new StoredSession(
            sha256(session.id()),
            identity.name(),
            identity.role().id(),
            session.tokenSha256(),
            session.formToken(),
            session.started(),
            session.expires()),
        now,
        limit);
    return session;
  }

  /** The live session with this id, if there is one. */
  Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    return store.find(sha256(id), clock.instant()).map(stored -> session(id, stored));
  }

  void end(String id) {
    if (id != null && !id.isEmpty()) {
      store.end(sha256(id));
    }
  }

  /** The SHA-256 of a text, hex: how the database names a session and a token. */
  static String sha256(String text) {
    return RulesetVersions.sha256(text);
  }

  /**
   * A session of single-user local mode (no token) is the very {@link Identity#LOCAL}, as the pages
   * tell it apart from a token's holder who happens to be called "local".
   */
  private static Session session(String id, StoredSession stored) {
    Identity identity =
        stored.tokenSha256() == null
            ? Identity.LOCAL
            : new Identity(
                stored.holder(),
                Role.fromId(stored.role())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "a stored session has the role '" + stored.role() + "'")));
    return new Session(
        id, identity, stored.tokenSha256(), stored.formToken(), stored.started(), stored.expires());
  }

  /** 256 random bits, URL-safe: neither guessable nor worth counting. */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

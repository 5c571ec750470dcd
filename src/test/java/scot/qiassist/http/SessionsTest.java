package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.SessionStore;

/**
 * Sign-in sessions: random ids, ended by signing out or by their lifetime, and bounded in number;
 * kept in the database (the same tests run over PostgreSQL in SharedStateTest).
 */
class SessionsTest {

  @TempDir Path temp;
  private Database database;
  private SessionStore store;

  @BeforeEach
  void open() {
    database = Database.open("jdbc:sqlite:" + temp.resolve("qi-assist.db"));
    store = new SessionStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static final Identity MORAG = new Identity("Morag Panel", Role.MODERATOR);
  private static final String TOKEN = "moderator-token-0001";

  /** A clock a test moves on by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void a_session_lasts_its_lifetime_and_no_longer() {
    HandClock clock = new HandClock();
    Sessions sessions = new Sessions(store, Duration.ofHours(8), clock);
    var session = sessions.start(MORAG, TOKEN);

    clock.now = clock.now.plus(Duration.ofHours(8)).minusSeconds(1);
    assertThat(sessions.find(session.id())).map(Sessions.Session::identity).contains(MORAG);
    clock.now = clock.now.plusSeconds(1);
    assertThat(sessions.find(session.id())).isEmpty();
  }

  @Test
  void a_session_ended_is_gone_and_an_unknown_or_missing_id_finds_nothing() {
    Sessions sessions = Sessions.in(store);
    var session = sessions.start(MORAG, TOKEN);

    sessions.end(session.id());

    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.find("not-a-session")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void ids_and_form_tokens_are_random_256_bit_values_never_the_same_twice() {
    Sessions sessions = Sessions.in(store);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      var s = sessions.start(MORAG, TOKEN);
      assertThat(s.id()).matches("[A-Za-z0-9_-]{43}");
      assertThat(seen.add(s.id())).isTrue();
      assertThat(seen.add(s.formToken())).isTrue();
    }
  }

  @Test
  void when_full_the_session_that_would_end_first_makes_room() {
    HandClock clock = new HandClock();
    int limit = 5;
    Sessions sessions = new Sessions(store, Duration.ofHours(8), clock, limit);
    var oldest = sessions.start(MORAG, TOKEN);
    clock.now = clock.now.plusSeconds(1);
    for (int i = 1; i < limit; i++) {
      sessions.start(MORAG, TOKEN);
    }

    var newest = sessions.start(MORAG, TOKEN);

    assertThat(sessions.find(oldest.id())).isEmpty();
    assertThat(sessions.find(newest.id())).isPresent();
  }

  @Test
  void the_database_holds_neither_the_cookie_nor_the_token_only_their_hashes() {
    var session = Sessions.in(store).start(MORAG, TOKEN);

    assertThat(store.find(session.id(), Instant.now())).isEmpty();
    var stored = store.find(Sessions.sha256(session.id()), Instant.now()).orElseThrow();
    assertThat(stored.tokenSha256()).isEqualTo(Sessions.sha256(TOKEN)).isNotEqualTo(TOKEN);
    assertThat(stored.holder()).isEqualTo("Morag Panel");
  }

  @Test
  void a_lifetime_of_nothing_is_refused() {
    assertThatThrownBy(() -> new Sessions(store, Duration.ZERO, Clock.systemUTC()))
        .hasMessage("a session lifetime of PT0S would end every session at once");
  }
}

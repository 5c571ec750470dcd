package scot.qiassist.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.storage.Databases.Kind;

/** Evidence drafts, each save a revision, the same in SQLite and in PostgreSQL. */
class EvidenceDraftsTest {

  @TempDir Path temp;

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-01T09:00:00Z"));

  private EvidenceDrafts drafts(Kind kind) {
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    return new EvidenceDrafts(Databases.fresh(kind, temp), clock);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_draft_started_is_found_at_revision_1_with_its_author_and_values(Kind kind) {
    EvidenceDrafts drafts = drafts(kind);

    StoredDraft started = drafts.create("Ina Inspector", "Fife", "{\"a\":1}");
    StoredDraft found = drafts.find(started.id()).orElseThrow();

    assertThat(found.author()).isEqualTo("Ina Inspector");
    assertThat(found.partnership()).isEqualTo("Fife");
    assertThat(found.revision()).isEqualTo(1);
    assertThat(found.draftJson()).isEqualTo("{\"a\":1}");
    assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(found.submitted()).isFalse();
    assertThat(drafts.find("no-such-draft")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void each_save_is_a_new_revision_and_every_revision_is_kept(Kind kind) {
    EvidenceDrafts drafts = drafts(kind);
    String id = drafts.create("Ina Inspector", "Fife", "{\"v\":1}").id();

    now.set(Instant.parse("2026-12-01T09:05:00Z"));
    drafts.save(id, 1, "Fife", "{\"v\":2}");
    now.set(Instant.parse("2026-12-01T09:10:00Z"));
    StoredDraft third = drafts.save(id, 2, "Fife Council", "{\"v\":3}");

    assertThat(third.revision()).isEqualTo(3);
    assertThat(third.partnership()).isEqualTo("Fife Council");
    assertThat(third.draftJson()).isEqualTo("{\"v\":3}");
    assertThat(third.updatedAt()).isEqualTo(Instant.parse("2026-12-01T09:10:00Z"));
    assertThat(drafts.revisions(id))
        .extracting(DraftRevision::revision, DraftRevision::draftJson)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "{\"v\":1}"),
            org.assertj.core.groups.Tuple.tuple(2, "{\"v\":2}"),
            org.assertj.core.groups.Tuple.tuple(3, "{\"v\":3}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_save_made_on_a_revision_saved_over_since_is_refused_and_writes_nothing(Kind kind) {
    EvidenceDrafts drafts = drafts(kind);
    String id = drafts.create("Ina Inspector", "Fife", "{\"v\":1}").id();
    drafts.save(id, 1, "Fife", "{\"v\":2}");

    assertThatThrownBy(() -> drafts.save(id, 1, "Fife", "{\"v\":\"stale\"}"))
        .isInstanceOf(DraftConflictException.class)
        .hasMessage(
            "the draft '"
                + id
                + "' has been saved since revision 1, the revision this change was made on");
    assertThatThrownBy(() -> drafts.save("no-such-draft", 1, "Fife", "{}"))
        .isInstanceOf(DraftNotFoundException.class);
    assertThat(drafts.find(id).orElseThrow().draftJson()).isEqualTo("{\"v\":2}");
    assertThat(drafts.revisions(id)).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void an_authors_drafts_are_listed_the_most_recently_saved_first_and_nobody_elses(Kind kind) {
    EvidenceDrafts drafts = drafts(kind);
    String fife = drafts.create("Ina Inspector", "Fife", "{}").id();
    now.set(Instant.parse("2026-12-01T10:00:00Z"));
    String angus = drafts.create("Ina Inspector", "Angus", "{}").id();
    drafts.create("Ivor Inspector", "Moray", "{}");
    now.set(Instant.parse("2026-12-01T11:00:00Z"));
    drafts.save(fife, 1, "Fife", "{\"v\":2}");

    assertThat(drafts.list("Ina Inspector"))
        .extracting(DraftSummary::id, DraftSummary::partnership, DraftSummary::revision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(fife, "Fife", 2),
            org.assertj.core.groups.Tuple.tuple(angus, "Angus", 1));
    assertThat(drafts.list("Nobody")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_draft_submitted_names_its_stored_evaluation_and_the_revision_submitted(Kind kind) {
    Database database = Databases.fresh(kind, temp);
    EvidenceDrafts drafts = new EvidenceDrafts(database);
    var example = StoredExamples.get("constructed-good");
    String evaluation = example.saveIn(new EvaluationStore(database), "Ina Inspector");
    String id = drafts.create("Ina Inspector", "Constructed", "{}").id();

    drafts.submitted(id, 1, evaluation);
    drafts.save(id, 1, "Constructed", "{\"v\":2}");

    StoredDraft found = drafts.find(id).orElseThrow();
    assertThat(found.submittedAs()).isEqualTo(evaluation);
    assertThat(found.submittedRevision()).isEqualTo(1);
    assertThat(found.submittedAt()).isNotNull();
    assertThat(drafts.list("Ina Inspector").get(0).submittedAsIs()).isFalse();
  }
}

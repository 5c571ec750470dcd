package scot.qiassist.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.storage.Databases;
import scot.qiassist.storage.Databases.Kind;
import scot.qiassist.storage.EvidenceDrafts;

/**
 * Drafts changed one form at a time: a change with a bad value is refused and saves nothing, a
 * change lands as the next revision, and changes made at once all land, in SQLite and PostgreSQL.
 */
class WorkspaceTest {

  @TempDir Path temp;

  private final EvidenceReader reader = RepositoryRules.reader();

  private static DraftDetails fife() {
    return new DraftDetails("Fife", null, null, null, Map.of("recordsRead", "60"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void a_figure_with_a_bad_value_is_refused_and_the_draft_stays_as_it_was(Kind kind) {
    Workspace workspace = new Workspace(new EvidenceDrafts(Databases.fresh(kind, temp)));
    OpenDraft started = workspace.start("Ina", fife(), reader).saved();

    DraftChange refused =
        workspace.change(
            started.id(),
            "Ina",
            d -> DraftPart.figure(d.idOfNew()),
            d -> d.withFigure(new DraftFigure(0, "ird-held", "61", "60", null, null, null)),
            reader);
    DraftChange saved =
        workspace.change(
            started.id(),
            "Ina",
            d -> DraftPart.figure(d.idOfNew()),
            d -> d.withFigure(new DraftFigure(0, "ird-held", "45", "60", null, null, null)),
            reader);

    assertThat(refused.isSaved()).isFalse();
    assertThat(refused.refused().problemsOf(DraftPart.figure(1)))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("count", "61 is more than the 60 given in 'of'"));
    assertThat(saved.saved().revision()).isEqualTo(2);
    assertThat(workspace.find(started.id(), "Ina").orElseThrow().draft().figures())
        .containsExactly(new DraftFigure(1, "ird-held", "45", "60", null, null, null));
    assertThat(workspace.find(started.id(), "Ivor")).as("another's draft").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scot.qiassist.storage.Databases#kinds")
  void findings_added_at_the_same_time_all_land_each_as_its_own_revision(Kind kind)
      throws Exception {
    Workspace workspace = new Workspace(new EvidenceDrafts(Databases.fresh(kind, temp)));
    String id = workspace.start("Ina", fife(), reader).saved().id();
    int adders = 4;
    ExecutorService pool = Executors.newFixedThreadPool(adders);
    try {
      List<Future<DraftChange>> changes = new ArrayList<>();
      for (int i = 0; i < adders; i++) {
        String text = "Finding " + i + " of the leaders.";
        changes.add(
            pool.submit(
                () ->
                    workspace.change(
                        id,
                        "Ina",
                        d -> DraftPart.finding(d.idOfNew()),
                        d ->
                            d.withFinding(
                                new DraftFinding(
                                    0, "4", "strength", "minor", null, text, false, false)),
                        reader)));
      }
      for (Future<DraftChange> change : changes) {
        assertThat(change.get(60, TimeUnit.SECONDS).isSaved()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    OpenDraft now = workspace.find(id, "Ina").orElseThrow();
    assertThat(now.revision()).isEqualTo(1 + adders);
    assertThat(now.draft().findings()).hasSize(adders);
    assertThat(now.draft().findings()).extracting(DraftFinding::id).doesNotHaveDuplicates();
  }
}

package scot.qiassist.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.grade.Grade;

/**
 * The record of evaluations and panel decisions: evaluations are saved once and never changed;
 * decisions are appended, never changed or removed. Safe to share between threads.
 *
 * <p>Ids are random UUIDs, opaque and not guessable, so that an id alone reveals nothing of how
 * many evaluations there are or whose they are.
 */
public final class EvaluationStore {

  public static final int MAX_NAME = 200;

  private final Database database;
  private final Clock clock;

  public EvaluationStore(Database database) {
    this(database, Clock.systemUTC());
  }

  public EvaluationStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Where the evaluations are stored (its password hidden when written out). */
  public DatabaseUrl url() {
    return database.url();
  }

  /**
   * Stores an evaluation with the evidence it was made from; returns its new id once the write is
   * committed.
   *
   * @param evidenceJson the evidence exactly as it was posted
   * @param evidence that evidence as read
   * @param result the evaluation of it
   * @param author who posted it
   */
  public String save(
      String evidenceJson, EvidenceDocument evidence, Evaluation result, String author) {
    return save(evidenceJson, evidence, WrittenResult.of(result), author);
  }

  /**
   * Stores an evaluation already written as JSON (the text the service also answers with); returns
   * its new id once the write is committed.
   */
  public String save(
      String evidenceJson, EvidenceDocument evidence, WrittenResult written, String author) {
    Evaluation result = written.result();
    name("author", author);
    if (!result.graded()) {
      throw new IllegalArgumentException(
          "an evaluation whose evidence is not enough to grade is not stored: nothing to moderate");
    }
    String id = UUID.randomUUID().toString();
    var period = evidence.period();
    String resultJson = written.json();
    String profileJson = StoredJson.write(EvidenceProfile.of(result));
    // Shared with other requests' rows when they arrive together: one flush to disk for all.
    database.writeTogether(
        h ->
            h.createUpdate(
                    "INSERT INTO evaluation (id, partnership, grade, ruleset_version, author, created_at, "
                        + "period_from, period_to, evidence_json, result_json, profile_json) VALUES (:id, "
                        + ":partnership, :grade, :version, :author, :created, :from, :to, :evidence, :result, :profile)")
                .bind("id", id)
                .bind("partnership", evidence.partnership())
                .bind("grade", result.grade().value())
                .bind("version", result.rulesetVersion())
                .bind("author", author.strip())
                .bind("created", Times.text(clock.instant()))
                .bind("from", period == null ? null : period.from().toString())
                .bind("to", period == null ? null : period.to().toString())
                .bind("evidence", evidenceJson)
                .bind("result", resultJson)
                .bind("profile", profileJson)
                .execute());
    return id;
  }

  /** The evaluation with this id and its decisions, oldest first; empty if there is none. */
  public Optional<StoredEvaluation> find(String id) {
    return database
        .jdbi()
        .inTransaction(
            h ->
                h.createQuery(
                        "SELECT id, partnership, author, created_at, ruleset_version, evidence_json, result_json "
                            + "FROM evaluation WHERE id = :id")
                    .bind("id", id)
                    .map(
                        (rs, ctx) ->
                            new StoredEvaluation(
                                rs.getString("id"),
                                rs.getString("partnership"),
                                rs.getString("author"),
                                Times.instant(rs.getString("created_at")),
                                rs.getString("ruleset_version"),
                                rs.getString("evidence_json"),
                                StoredJson.read(
                                    rs.getString("result_json"),
                                    Evaluation.class,
                                    "evaluation " + id),
                                decisions(h, id)))
                    .findOne());
  }

  /** The evaluation with this id; throws {@link EvaluationNotFoundException} if there is none. */
  public StoredEvaluation get(String id) {
    return find(id).orElseThrow(() -> new EvaluationNotFoundException(id));
  }

  /** The evaluations the filter lets through, newest first. */
  public List<EvaluationSummary> list(EvaluationFilter filter) {
    return database
        .jdbi()
        .withHandle(h -> Listing.query(h, filter, "").map((rs, ctx) -> Listing.summary(rs)).list());
  }

  /** The summaries and profiles of the evaluations the filter lets through, for comparison. */
  public List<ProfiledEvaluation> profiles(EvaluationFilter filter) {
    return database
        .jdbi()
        .withHandle(
            h ->
                Listing.query(h, filter, ", e.profile_json")
                    .map(
                        (rs, ctx) ->
                            new ProfiledEvaluation(
                                Listing.summary(rs),
                                StoredJson.read(
                                    rs.getString("profile_json"),
                                    EvidenceProfile.class,
                                    "profile")))
                    .list());
  }

  /** The evidence of the evaluations the filter lets through, oldest first: a corpus for impact. */
  public List<StoredEvidence> evidence(EvaluationFilter filter) {
    List<StoredEvidence> newestFirst =
        database
            .jdbi()
            .withHandle(
                h ->
                    Listing.query(h, filter, ", e.evidence_json")
                        .map(
                            (rs, ctx) ->
                                new StoredEvidence(
                                    rs.getString("id"),
                                    rs.getString("partnership"),
                                    Times.instant(rs.getString("created_at")),
                                    rs.getString("evidence_json")))
                        .list());
    List<StoredEvidence> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** Every partnership with a stored evaluation, for a filter's choices. */
  public List<String> partnerships() {
    return distinct("partnership", null);
  }

  /**
   * The partnerships of one author's evaluations (all of them for null): an inspector's choices.
   */
  public List<String> partnerships(String author) {
    return distinct("partnership", author);
  }

  /** Every ruleset version a stored evaluation was made under, for a filter's choices. */
  public List<String> rulesetVersions() {
    return distinct("ruleset_version", null);
  }

  /** The ruleset versions of one author's evaluations (all of them for null). */
  public List<String> rulesetVersions(String author) {
    return distinct("ruleset_version", author);
  }

  /**
   * Appends a decision to an evaluation's history, as its next decision.
   *
   * @param decision the decision, with the grade it leaves filled in
   * @param basedOn how many decisions the evaluation had when this one was made: if another was
   *     recorded since, nothing is written and {@link DecisionConflictException} is thrown
   * @throws EvaluationNotFoundException if no evaluation has the id
   */
  public RecordedDecision appendDecision(
      String evaluationId, Decision decision, String moderator, int basedOn) {
    name("moderator", moderator);
    if (decision.grade() == null) {
      throw new IllegalArgumentException(
          "grade: a decision is stored with the grade it leaves; fill it in first");
    }
    return new DecisionLog(database.writer(), clock)
        .append(evaluationId, decision, moderator.strip(), basedOn);
  }

  static List<RecordedDecision> decisions(Handle h, String id) {
    return h.createQuery(
            "SELECT sequence, outcome, grade, reason, comments_json, moderator, decided_at FROM decision "
                + "WHERE evaluation_id = :id ORDER BY sequence")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new RecordedDecision(
                    rs.getInt("sequence"),
                    rs.getString("outcome"),
                    rs.getInt("grade"),
                    Grade.of(rs.getInt("grade")).label(),
                    rs.getString("reason"),
                    StoredJson.comments(rs.getString("comments_json")),
                    rs.getString("moderator"),
                    Times.instant(rs.getString("decided_at"))))
        .list();
  }

  /** The column is one of the constants above, never input; the author is bound. */
  private List<String> distinct(String column, String author) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT DISTINCT "
                            + column
                            + " AS value FROM evaluation"
                            + (author == null ? "" : " WHERE author = :author")
                            + " ORDER BY "
                            + column)
                    .bindMap(author == null ? Map.of() : Map.of("author", author))
                    .mapTo(String.class)
                    .list());
  }

  private static void name(String what, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + ": required; expected who, from their token");
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          what + ": " + name.length() + " characters is more than the limit of " + MAX_NAME);
    }
  }
}

package scot.qiassist.storage;

import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import scot.qiassist.grade.Grade;

/**
 * Appends decisions. One statement both checks that the history is as long as the decision assumed
 * and inserts the next entry, so two panels deciding at once cannot both succeed: the second finds
 * the history changed, or collides on the (evaluation, sequence) key.
 */
final class DecisionLog {

  private final Jdbi jdbi;
  private final Clock clock;

  DecisionLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  RecordedDecision append(String evaluationId, Decision decision, String moderator, int basedOn) {
    Instant now = clock.instant();
    int sequence = basedOn + 1;
    int inserted;
    try {
      inserted =
          jdbi.withHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO decision (evaluation_id, sequence, outcome, grade, reason, comments_json, moderator, decided_at) "
                              + "SELECT e.id, :sequence, :outcome, :grade, :reason, :comments, :moderator, :decidedAt "
                              + "FROM evaluation e WHERE e.id = :id "
                              + "AND (SELECT COUNT(*) FROM decision d WHERE d.evaluation_id = e.id) = :basedOn")
                      .bind("id", evaluationId)
                      .bind("sequence", sequence)
                      .bind("outcome", decision.outcome().id())
                      .bind("grade", decision.grade())
                      .bind("reason", decision.reason())
                      .bind("comments", StoredJson.write(decision.comments()))
                      .bind("moderator", moderator)
                      .bind("decidedAt", Times.text(now))
                      .bind("basedOn", basedOn)
                      .execute());
    } catch (UnableToExecuteStatementException e) {
      if (exists(evaluationId) && Conflicts.isKeyCollision(e)) {
        throw new DecisionConflictException(evaluationId, basedOn);
      }
      throw e;
    }
    if (inserted == 0) {
      if (!exists(evaluationId)) {
        throw new EvaluationNotFoundException(evaluationId);
      }
      throw new DecisionConflictException(evaluationId, basedOn);
    }
    return new RecordedDecision(
        sequence,
        decision.outcome().id(),
        decision.grade(),
        Grade.of(decision.grade()).label(),
        decision.reason(),
        decision.comments(),
        moderator,
        Instant.parse(Times.text(now)));
  }

  private boolean exists(String evaluationId) {
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM evaluation WHERE id = :id")
                    .bind("id", evaluationId)
                    .mapTo(Integer.class)
                    .one())
        > 0;
  }
}

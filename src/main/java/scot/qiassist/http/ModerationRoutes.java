package scot.qiassist.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import scot.qiassist.moderation.Consistency;
import scot.qiassist.moderation.DecisionReader;
import scot.qiassist.moderation.InvalidDecisionException;
import scot.qiassist.moderation.Moderation;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationNotFoundException;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredEvaluation;

/**
 * The stored evaluations over the API: GET /api/evaluations (filtered), GET /api/evaluations/{id}
 * with its decisions, POST /api/evaluations/{id}/decisions, and GET .../consistency. An inspector
 * sees only their own evaluations; another's answers 404, as one that does not exist, so that an id
 * reveals nothing of whose it is.
 */
final class ModerationRoutes {

  private final EvaluationStore store;
  private final Moderation moderation;
  private final Consistency consistency;
  private final long bodyLimit;

  ModerationRoutes(EvaluationStore store, long bodyLimit) {
    this.store = store;
    this.moderation = new Moderation(store);
    this.consistency = new Consistency(store);
    this.bodyLimit = bodyLimit;
  }

  void list(Context ctx) {
    EvaluationFilter filter = Identity.of(ctx).scope(ListQuery.filter(ctx));
    Json.send(ctx, store.list(filter));
  }

  void get(Context ctx) {
    StoredEvaluation stored = visible(ctx);
    ctx.header("ETag", etag(stored.decisions().size()));
    Json.send(ctx, stored);
  }

  void decide(Context ctx) throws InvalidDecisionException {
    StoredEvaluation stored = visible(ctx);
    String body = EvidenceBody.text(ctx, bodyLimit, "decision");
    RecordedDecision recorded =
        moderation.decide(
            stored.id(), DecisionReader.fromJson(body), Identity.of(ctx).name(), ifMatch(ctx));
    ctx.header("Location", "/api/evaluations/" + stored.id());
    ctx.header("ETag", etag(recorded.sequence()));
    Json.send(ctx, 201, recorded);
  }

  void consistency(Context ctx) {
    StoredEvaluation stored = visible(ctx);
    int nearest = ListQuery.nearest(ctx);
    Json.send(
        ctx, consistency.of(stored.id(), nearest, Identity.of(ctx).scope(EvaluationFilter.all())));
  }

  /** The evaluation of the path's id, if this identity may see it; else as if there were none. */
  private StoredEvaluation visible(Context ctx) {
    String id = ctx.pathParam("id");
    return store
        .find(id)
        .filter(Identity.of(ctx)::sees)
        .orElseThrow(() -> new EvaluationNotFoundException(id));
  }

  /** An evaluation's version is how many decisions it has: "2" after two. */
  static String etag(int decisions) {
    return "\"" + decisions + "\"";
  }

  /** The decision count an If-Match header names, or null without one. */
  private static Integer ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    String value = header.strip();
    if (!value.matches("\"[0-9]{1,6}\"")) {
      throw new BadRequestResponse(
          "If-Match: '"
              + value
              + "' is not an ETag of this service; expected the ETag "
              + "GET /api/evaluations/{id} gave, such as \"2\"");
    }
    return Integer.valueOf(value.substring(1, value.length() - 1));
  }
}

package scot.qiassist.http;

import io.javalin.http.Context;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.WrittenResult;
import scot.qiassist.whatif.WhatIfAnalysis;

/**
 * POST /api/evaluations and POST /api/evaluations/what-if: the same reader, evaluator and analysis
 * as the CLI's evaluate and what-if commands. Each request reads the active rule set once and opens
 * its own sessions. An evaluation is stored, with the evidence as posted and its author, before it
 * is answered: a 201 is a committed write.
 */
final class EvaluationRoutes {

  private final ActiveRuleSet active;
  private final long bodyLimit;
  private final EvaluationStore store;

  EvaluationRoutes(ActiveRuleSet active, long bodyLimit, EvaluationStore store) {
    this.active = active;
    this.bodyLimit = bodyLimit;
    this.store = store;
  }

  /**
   * The evaluator of the rules last served, kept while they stay in service: it remembers where
   * each rule is written once, instead of once per request. Two requests racing at an activation
   * may each make one; either is right for its rules.
   */
  private volatile Evaluator evaluator;

  private Evaluator evaluator(RuleSet rules) {
    Evaluator e = evaluator;
    if (e == null || e.rules() != rules) {
      e = new Evaluator(rules);
      evaluator = e;
    }
    return e;
  }

  void evaluate(Context ctx) throws InvalidEvidenceException {
    RuleSet rules = active.current();
    EvidenceBody.Posted posted = EvidenceBody.posted(ctx, bodyLimit, rules);
    Evaluation result = evaluator(rules).evaluate(posted.document());
    if (!result.graded()) {
      // Evidence not enough to grade has nothing for a panel to moderate: it is answered with
      // what it lacks (200, grade null, insufficient) and not stored.
      Json.sendWritten(ctx, 200, WrittenResult.of(result).withId(null));
      return;
    }
    // Written once: the stored row and the answer are the same JSON.
    WrittenResult written = WrittenResult.of(result);
    String id = store.save(posted.json(), posted.document(), written, Identity.of(ctx).name());
    ctx.header("Location", "/api/evaluations/" + id);
    Json.sendWritten(ctx, 201, written.withId(id));
  }

  void whatIf(Context ctx) throws InvalidEvidenceException {
    RuleSet rules = active.current();
    EvidenceDocument evidence = EvidenceBody.read(ctx, bodyLimit, rules);
    Json.send(ctx, new WhatIfAnalysis(evaluator(rules)).analyse(evidence));
  }
}

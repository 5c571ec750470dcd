package scot.qiassist.http;

import io.javalin.http.Context;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.whatif.WhatIfAnalysis;

/**
 * POST /api/evaluations and POST /api/evaluations/what-if: the same reader, evaluator and
 * analysis as the CLI's evaluate and what-if commands. Each request reads the active rule
 * set once and opens its own sessions.
 */
final class EvaluationRoutes {

  private final ActiveRuleSet active;
  private final long bodyLimit;

  EvaluationRoutes(ActiveRuleSet active, long bodyLimit) {
    this.active = active;
    this.bodyLimit = bodyLimit;
  }

  void evaluate(Context ctx) throws InvalidEvidenceException {
    RuleSet rules = active.current();
    EvidenceDocument evidence = EvidenceBody.read(ctx, bodyLimit, rules);
    Json.send(ctx, new Evaluator(rules).evaluate(evidence));
  }

  void whatIf(Context ctx) throws InvalidEvidenceException {
    RuleSet rules = active.current();
    EvidenceDocument evidence = EvidenceBody.read(ctx, bodyLimit, rules);
    Json.send(ctx, new WhatIfAnalysis(new Evaluator(rules)).analyse(evidence));
  }
}

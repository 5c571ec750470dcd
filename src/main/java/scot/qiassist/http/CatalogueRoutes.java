package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import scot.qiassist.rules.RuleSet;

/** The read-only routes: health, the rule catalogue, the terms, the measures, the rule set. */
final class CatalogueRoutes {

  private final ActiveRuleSet active;

  CatalogueRoutes(ActiveRuleSet active) {
    this.active = active;
  }

  void health(Context ctx) {
    Json.send(ctx, new CatalogueViews.Health("ok", active.current().version()));
  }

  void rules(Context ctx) {
    Json.send(
        ctx, active.current().catalogue().stream().map(CatalogueViews.RuleSummary::of).toList());
  }

  void rule(Context ctx) {
    String id = ctx.pathParam("id");
    RuleSet rules = active.current();
    var rule =
        rules
            .ruleById(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "There is no rule with the id '"
                            + id
                            + "'; GET /api/rules lists every rule."));
    Json.send(ctx, CatalogueViews.RuleDetail.of(rule));
  }

  void terms(Context ctx) {
    Json.send(ctx, CatalogueViews.Terms.of(active.current()));
  }

  void measures(Context ctx) {
    Json.send(
        ctx,
        active.current().measures().all().stream().map(CatalogueViews.MeasureView::of).toList());
  }
}

package scot.qiassist.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Problem;
import scot.qiassist.moderation.Consistency;
import scot.qiassist.moderation.DecisionForm;
import scot.qiassist.moderation.InvalidDecisionException;
import scot.qiassist.moderation.Moderation;
import scot.qiassist.pages.ConsistencyPage;
import scot.qiassist.pages.DecisionFormState;
import scot.qiassist.pages.EvaluationListPage;
import scot.qiassist.pages.ModerationReportPage;
import scot.qiassist.pages.PageContext;
import scot.qiassist.pages.ReportOptions;
import scot.qiassist.pages.ReportSubject;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.DecisionConflictException;
import scot.qiassist.storage.EvaluationFilter;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.storage.EvidenceDrafts;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredEvaluation;

/**
 * The pages for panels: {@code /} the evaluations, filterable; {@code /evaluations/{id}} the
 * moderation report with its decisions and, for a moderator, the form to record one; its printable
 * view; and the evaluations most alike it. Plain HTML forms, no script: a decision is posted, then
 * the browser is sent back to the report (post, redirect, get).
 */
final class PageRoutes {

  private final ActiveRuleSet active;
  private final EvaluationStore store;
  private final Moderation moderation;
  private final Consistency consistency;

  private final EvidenceDrafts drafts;

  PageRoutes(ActiveRuleSet active, EvaluationStore store, EvidenceDrafts drafts) {
    this.active = active;
    this.store = store;
    this.drafts = drafts;
    this.moderation = new Moderation(store);
    this.consistency = new Consistency(store);
  }

  void list(Context ctx) {
    Identity who = Identity.of(ctx);
    EvaluationFilter filter;
    try {
      filter = ListQuery.filter(ctx);
    } catch (InvalidQueryException e) {
      throw PageFailure.badQuery(e);
    }
    PageContext page = SessionAccess.pageContext(ctx);
    ctx.html(
        EvaluationListPage.render(
            page,
            store.list(who.scope(filter)),
            filter,
            store.partnerships(who.authorScope()),
            store.rulesetVersions(who.authorScope()),
            page.drafting() ? drafts.list(who.name()) : null));
  }

  void report(Context ctx) {
    StoredEvaluation stored = visible(ctx);
    ReportOptions options =
        Identity.of(ctx).mayDecide() ? ReportOptions.forModerator() : ReportOptions.readOnly();
    ctx.html(render(ctx, stored, options));
  }

  void print(Context ctx) {
    ctx.html(render(ctx, visible(ctx), ReportOptions.printView()));
  }

  void consistency(Context ctx) {
    StoredEvaluation stored = visible(ctx);
    int nearest;
    try {
      nearest = ListQuery.nearest(ctx);
    } catch (InvalidQueryException e) {
      throw PageFailure.badQuery(e);
    }
    var report =
        consistency.of(stored.id(), nearest, Identity.of(ctx).scope(EvaluationFilter.all()));
    ctx.html(ConsistencyPage.render(SessionAccess.pageContext(ctx), report, stored.partnership()));
  }

  /**
   * Records the form's decision; shows the form again with every problem, or the newer history on a
   * conflict.
   */
  void decide(Context ctx) {
    StoredEvaluation stored = visible(ctx);
    Map<String, List<String>> form = ctx.formParamMap();
    try {
      RecordedDecision recorded =
          moderation.decide(
              stored.id(),
              DecisionForm.fromForm(form),
              Identity.of(ctx).name(),
              DecisionForm.basedOn(form));
      Redirect.seeOther(ctx, "/evaluations/" + stored.id() + "#decision-" + recorded.sequence());
    } catch (InvalidDecisionException e) {
      ctx.status(400).html(render(ctx, stored, rejected(form, e.problems())));
    } catch (DecisionConflictException e) {
      StoredEvaluation now = visible(ctx);
      ctx.status(409)
          .html(
              render(
                  ctx,
                  now,
                  rejected(form, List.of(new Problem("", capitalised(e.getMessage()) + ".")))));
    }
  }

  private String render(Context ctx, StoredEvaluation stored, ReportOptions options) {
    RuleSet rules = active.current();
    return ModerationReportPage.render(
        SessionAccess.pageContext(ctx),
        ReportSubject.of(stored),
        rules.standardWords().bands(),
        rules.gradeParameters(),
        options);
  }

  private static ReportOptions rejected(Map<String, List<String>> form, List<Problem> problems) {
    return new ReportOptions(false, DecisionFormState.rejected(form, problems));
  }

  /**
   * The evaluation of the path's id, if this identity may see it; else a page saying there is none.
   */
  private StoredEvaluation visible(Context ctx) {
    String id = ctx.pathParam("id");
    return store
        .find(id)
        .filter(Identity.of(ctx)::sees)
        .orElseThrow(() -> PageFailure.notFound(id));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

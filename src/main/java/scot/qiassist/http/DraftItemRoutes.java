package scot.qiassist.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.DraftChange;
import scot.qiassist.drafting.DraftFigure;
import scot.qiassist.drafting.DraftFinding;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.EvidenceDraft;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.MeasureSearch;
import scot.qiassist.drafting.OpenDraft;
import scot.qiassist.drafting.PhraseReading;
import scot.qiassist.drafting.Workspace;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.pages.EvidencePaths;
import scot.qiassist.pages.FigureFormPage;
import scot.qiassist.pages.FindingFormPage;
import scot.qiassist.rules.RuleSet;

/**
 * The figures and findings of a draft: the form to add one, the form to change one, and removing
 * one. Each accepted form is saved as the draft's next revision and sends the browser back to the
 * draft; a refused one is shown again with what was typed and each problem at its field (400).
 */
final class DraftItemRoutes {

  private final ActiveRuleSet active;
  private final Workspace workspace;
  private final EvidenceRoutes drafts;

  DraftItemRoutes(ActiveRuleSet active, Workspace workspace, EvidenceRoutes drafts) {
    this.active = active;
    this.workspace = workspace;
    this.drafts = drafts;
  }

  void newFigure(Context ctx) {
    OpenDraft open = drafts.open(ctx);
    Integer statement = statement(ctx.queryParam("statement"));
    ctx.html(figurePage(ctx, open, 0, statement, Map.of(), List.of(), open.draft()));
  }

  void figure(Context ctx) {
    OpenDraft open = drafts.open(ctx);
    DraftFigure figure = figureOf(open, ctx);
    Integer statement =
        ctx.queryParam("statement") != null
            ? statement(ctx.queryParam("statement"))
            : active
                .current()
                .measures()
                .find(String.valueOf(figure.measure()))
                .map(Measure::statement)
                .orElse(null);
    ctx.html(
        figurePage(
            ctx, open, figure.id(), statement, DraftForms.values(figure), List.of(), open.draft()));
  }

  void addFigure(Context ctx) {
    saveFigure(ctx, 0);
  }

  void changeFigure(Context ctx) {
    saveFigure(ctx, figureOf(drafts.open(ctx), ctx).id());
  }

  void removeFigure(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = drafts.open(ctx);
    int item = figureOf(open, ctx).id();
    workspace.change(
        open.id(), Identity.of(ctx).name(), d -> null, d -> d.withoutFigure(item), drafts.reader());
    Redirect.seeOther(ctx, EvidencePaths.of(EvidencePaths.DRAFT, open.id()));
  }

  void newFinding(Context ctx) {
    OpenDraft open = drafts.open(ctx);
    Integer statement = statement(ctx.queryParam("statement"));
    Map<String, String> values =
        statement == null ? Map.of() : Map.of(DraftForms.STATEMENT, String.valueOf(statement));
    ctx.html(findingPage(ctx, open, 0, values, List.of(), open.draft()));
  }

  void finding(Context ctx) {
    OpenDraft open = drafts.open(ctx);
    DraftFinding finding = findingOf(open, ctx);
    ctx.html(
        findingPage(ctx, open, finding.id(), DraftForms.values(finding), List.of(), open.draft()));
  }

  void addFinding(Context ctx) {
    saveFinding(ctx, 0);
  }

  void changeFinding(Context ctx) {
    saveFinding(ctx, findingOf(drafts.open(ctx), ctx).id());
  }

  void removeFinding(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = drafts.open(ctx);
    int item = findingOf(open, ctx).id();
    workspace.change(
        open.id(),
        Identity.of(ctx).name(),
        d -> null,
        d -> d.withoutFinding(item),
        drafts.reader());
    Redirect.seeOther(ctx, EvidencePaths.of(EvidencePaths.DRAFT, open.id()));
  }

  private void saveFigure(Context ctx, int item) {
    SameOrigin.require(ctx);
    OpenDraft open = drafts.open(ctx);
    Map<String, List<String>> form = ctx.formParamMap();
    DraftFigure typed = DraftForms.figure(item, form);
    DraftChange change =
        workspace.change(
            open.id(),
            Identity.of(ctx).name(),
            d -> DraftPart.figure(item == 0 ? d.idOfNew() : item),
            d -> d.withFigure(typed),
            drafts.reader());
    if (change.isSaved()) {
      Redirect.seeOther(
          ctx,
          EvidencePaths.of(EvidencePaths.DRAFT, open.id()) + "#figure-" + change.part().item());
      return;
    }
    ctx.status(400)
        .html(
            figurePage(
                ctx,
                open,
                item,
                active
                    .current()
                    .measures()
                    .find(String.valueOf(typed.measure()))
                    .map(Measure::statement)
                    .orElse(null),
                DraftForms.values(typed),
                change.problems(),
                change.refused().draft()));
  }

  private void saveFinding(Context ctx, int item) {
    SameOrigin.require(ctx);
    OpenDraft open = drafts.open(ctx);
    DraftFinding typed = DraftForms.finding(item, ctx.formParamMap());
    DraftChange change =
        workspace.change(
            open.id(),
            Identity.of(ctx).name(),
            d -> DraftPart.finding(item == 0 ? d.idOfNew() : item),
            d -> d.withFinding(typed),
            drafts.reader());
    if (change.isSaved()) {
      Redirect.seeOther(
          ctx,
          EvidencePaths.of(EvidencePaths.DRAFT, open.id()) + "#finding-" + change.part().item());
      return;
    }
    ctx.status(400)
        .html(
            findingPage(
                ctx,
                open,
                item,
                DraftForms.values(typed),
                change.problems(),
                change.refused().draft()));
  }

  private String figurePage(
      Context ctx,
      OpenDraft open,
      int item,
      Integer statement,
      Map<String, String> values,
      List<FieldProblem> problems,
      EvidenceDraft typed) {
    RuleSet rules = active.current();
    String query = blankToNull(ctx.queryParam("q"));
    List<Measure> measures =
        withChosen(
            MeasureSearch.find(rules.measures(), statement, query),
            rules.measures(),
            values.get(DraftForms.MEASURE));
    Map<String, Integer> taken = new LinkedHashMap<>();
    open.draft().figures().forEach(f -> taken.putIfAbsent(String.valueOf(f.measure()), f.id()));
    var form =
        new FigureFormPage.Form(
            open.id(),
            open.draft().details().partnership(),
            item,
            statement,
            query,
            measures,
            taken,
            values,
            problems,
            PhraseReading.accepted(rules.phrases()));
    DraftPart part = DraftPart.figure(item == 0 ? open.draft().idOfNew() : item);
    return FigureFormPage.render(
        SessionAccess.pageContext(ctx), form, drafts.panel(open.draft(), part, typed));
  }

  private String findingPage(
      Context ctx,
      OpenDraft open,
      int item,
      Map<String, String> values,
      List<FieldProblem> problems,
      EvidenceDraft typed) {
    DraftPart part = DraftPart.finding(item == 0 ? open.draft().idOfNew() : item);
    var form =
        new FindingFormPage.Form(
            open.id(), open.draft().details().partnership(), item, values, problems);
    return FindingFormPage.render(
        SessionAccess.pageContext(ctx),
        form,
        drafts.panel(open.draft(), part, typed),
        active.current().gradeParameters());
  }

  /** The measures found, with the one chosen always among them, so that it stays chosen. */
  private static List<Measure> withChosen(
      List<Measure> found, MeasureCatalogue catalogue, String chosen) {
    if (chosen == null || found.stream().anyMatch(m -> m.id().equals(chosen))) {
      return found;
    }
    List<Measure> all = new ArrayList<>();
    catalogue.find(chosen).ifPresent(all::add);
    all.addAll(found);
    return all;
  }

  private static DraftFigure figureOf(OpenDraft open, Context ctx) {
    int item = number(ctx.pathParam("item"));
    return open.draft()
        .figure(item)
        .orElseThrow(() -> itemNotFound("figure", ctx.pathParam("item")));
  }

  private static DraftFinding findingOf(OpenDraft open, Context ctx) {
    int item = number(ctx.pathParam("item"));
    return open.draft()
        .finding(item)
        .orElseThrow(() -> itemNotFound("finding", ctx.pathParam("item")));
  }

  private static PageFailure itemNotFound(String what, String item) {
    return new PageFailure(
        404,
        "Not found",
        "This draft has no "
            + what
            + " "
            + item
            + ": it may have been removed. The draft lists the ones it has.");
  }

  /** A whole number of a path or a hidden field; 0 when it is not one. */
  static int number(String text) {
    if (text == null || !text.matches("\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  /** The statement of a query, 1-4; null (every statement) for anything else. */
  private static Integer statement(String text) {
    int n = number(text);
    return n >= 1 && n <= 4 ? n : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package scot.qiassist.http;

import io.javalin.http.Context;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.CheckedDraft;
import scot.qiassist.drafting.DraftChange;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.EvidenceDraft;
import scot.qiassist.drafting.OpenDraft;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.Workspace;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.Insufficient;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.pages.DraftDetailsPage;
import scot.qiassist.pages.DraftListSection;
import scot.qiassist.pages.DraftPage;
import scot.qiassist.pages.EvidencePaths;
import scot.qiassist.pages.LivePanel;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.EvaluationStore;

/**
 * The evidence pages of a signed-in inspector: their drafts, starting one, what it is of, the draft
 * with its live panel, the panel again as the inspector types, the export, and the submission to
 * the panel as a stored evaluation. Every form is posted and answered with a redirect (or, with a
 * problem, the form again with what was typed); nothing needs a script. A draft is its author's
 * alone: another's answers 404, as if it did not exist. The figures and findings are {@link
 * DraftItemRoutes}'.
 */
final class EvidenceRoutes {

  private final ActiveRuleSet active;
  private final Workspace workspace;
  private final EvaluationStore evaluations;

  EvidenceRoutes(ActiveRuleSet active, Workspace workspace, EvaluationStore evaluations) {
    this.active = active;
    this.workspace = workspace;
    this.evaluations = evaluations;
  }

  void list(Context ctx) {
    ctx.html(
        DraftListSection.page(
            SessionAccess.pageContext(ctx), workspace.store().list(Identity.of(ctx).name())));
  }

  void newForm(Context ctx) {
    ctx.html(
        DraftDetailsPage.render(
            SessionAccess.pageContext(ctx), null, null, Map.of(), List.of(), null));
  }

  /** Starts a draft; the form again, with what was typed and each problem, when refused. */
  void start(Context ctx) {
    SameOrigin.require(ctx);
    var details = DraftForms.details(ctx.formParamMap());
    DraftChange started = workspace.start(Identity.of(ctx).name(), details, reader());
    if (started.isSaved()) {
      Redirect.seeOther(ctx, EvidencePaths.of(EvidencePaths.DRAFT, started.saved().id()));
      return;
    }
    ctx.status(400)
        .html(
            DraftDetailsPage.render(
                SessionAccess.pageContext(ctx),
                null,
                null,
                DraftForms.values(details),
                started.problems(),
                null));
  }

  void draft(Context ctx) {
    OpenDraft open = open(ctx);
    ctx.html(draftPage(ctx, open, List.of()));
  }

  void detailsForm(Context ctx) {
    OpenDraft open = open(ctx);
    ctx.html(
        DraftDetailsPage.render(
            SessionAccess.pageContext(ctx),
            open.id(),
            open.draft().details().partnership(),
            DraftForms.values(open.draft().details()),
            List.of(),
            panel(open.draft(), DraftPart.DETAILS, open.draft())));
  }

  void saveDetails(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = open(ctx);
    var details = DraftForms.details(ctx.formParamMap());
    DraftChange change =
        workspace.change(
            open.id(),
            Identity.of(ctx).name(),
            d -> DraftPart.DETAILS,
            d -> d.withDetails(details),
            reader());
    if (change.isSaved()) {
      Redirect.seeOther(ctx, EvidencePaths.of(EvidencePaths.DRAFT, open.id()));
      return;
    }
    EvidenceDraft typed = change.refused().draft();
    ctx.status(400)
        .html(
            DraftDetailsPage.render(
                SessionAccess.pageContext(ctx),
                open.id(),
                open.draft().details().partnership(),
                DraftForms.values(details),
                change.problems(),
                panel(open.draft(), DraftPart.DETAILS, typed)));
  }

  /**
   * The live panel for the values of a form as typed, not saved: the fields of the form whose
   * {@code part} and {@code item} say which part of the draft it edits.
   */
  void panel(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = open(ctx);
    Map<String, List<String>> form = ctx.formParamMap();
    EvidenceDraft saved = open.draft();
    int item = DraftItemRoutes.number(DraftForms.value(form, DraftForms.ITEM));
    String measure = null;
    DraftPart part;
    EvidenceDraft typed;
    switch (String.valueOf(DraftForms.value(form, DraftForms.PART))) {
      case "details" -> {
        part = DraftPart.DETAILS;
        typed = saved.withDetails(DraftForms.details(form));
      }
      case "figure" -> {
        var figure = DraftForms.figure(saved.figure(item).isPresent() ? item : 0, form);
        part = DraftPart.figure(figure.id() == 0 ? saved.idOfNew() : figure.id());
        typed = saved.withFigure(figure);
        measure = figure.measure();
      }
      case "finding" -> {
        var finding = DraftForms.finding(saved.finding(item).isPresent() ? item : 0, form);
        part = DraftPart.finding(finding.id() == 0 ? saved.idOfNew() : finding.id());
        typed = saved.withFinding(finding);
      }
      default -> {
        part = null;
        typed = saved;
      }
    }
    ctx.html(LivePanel.render(open.id(), panel(saved, part, typed), measure));
  }

  /** The evidence as a file, when the draft has no problem; else the draft, listing them. */
  void export(Context ctx) {
    OpenDraft open = open(ctx);
    CheckedDraft checked = CheckedDraft.of(open.draft(), reader());
    if (!checked.valid()) {
      ctx.status(409)
          .html(
              draftPage(
                  ctx, open, problems("Fix these problems before exporting: ", checked, open)));
      return;
    }
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + Downloads.fileName(open.draft().details().partnership())
            + "\"");
    ctx.contentType("application/json");
    try {
      ctx.result(QiAssistJson.INDENTED.writeValueAsString(checked.json()) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the draft could not be written as JSON", e);
    }
  }

  /**
   * Stores the draft's evidence as an evaluation for the panel, as {@code POST /api/evaluations}
   * does, and goes to it; a draft with problems, or not enough to grade, is not stored.
   */
  void submit(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = open(ctx);
    RuleSet rules = active.current();
    CheckedDraft checked = CheckedDraft.of(open.draft(), reader(rules));
    if (!checked.valid()) {
      ctx.status(409)
          .html(
              draftPage(
                  ctx, open, problems("Fix these problems before submitting: ", checked, open)));
      return;
    }
    Evaluation result = new Evaluator(rules).evaluate(checked.evidence());
    if (!result.graded()) {
      ctx.status(409).html(draftPage(ctx, open, lacking(result)));
      return;
    }
    String json = checked.json().toString();
    String id = evaluations.save(json, checked.evidence(), result, Identity.of(ctx).name());
    workspace.store().submitted(open.id(), open.revision(), id);
    Redirect.seeOther(ctx, "/evaluations/" + id);
  }

  /** The draft of the path's id, if it is the caller's; else a page saying there is none. */
  OpenDraft open(Context ctx) {
    String id = ctx.pathParam("id");
    return workspace
        .find(id, Identity.of(ctx).name())
        .orElseThrow(
            () ->
                new PageFailure(
                    404,
                    "Draft not found",
                    "None of your evidence drafts has the id '"
                        + id
                        + "'. Your drafts are listed at /evidence."));
  }

  String draftPage(Context ctx, OpenDraft open, List<Map.Entry<String, String>> summary) {
    return DraftPage.render(
        SessionAccess.pageContext(ctx),
        open,
        active.current().measures(),
        panel(open.draft(), null, open.draft()),
        summary);
  }

  PanelState panel(EvidenceDraft saved, DraftPart part, EvidenceDraft typed) {
    RuleSet rules = active.current();
    return PanelState.of(saved, part, typed, reader(rules), new Evaluator(rules));
  }

  EvidenceReader reader() {
    return reader(active.current());
  }

  private static EvidenceReader reader(RuleSet rules) {
    return new EvidenceReader(rules.measures(), rules.phrases());
  }

  private static List<Map.Entry<String, String>> problems(
      String before, CheckedDraft checked, OpenDraft open) {
    return DraftPage.problemLinks(before, open.id(), checked.problems());
  }

  private static List<Map.Entry<String, String>> lacking(Evaluation result) {
    List<Map.Entry<String, String>> links = new ArrayList<>();
    for (Insufficient gap : result.insufficient()) {
      links.add(
          new AbstractMap.SimpleEntry<>(
              gap.statement() == null ? "#details" : "#statement-" + gap.statement(),
              "The evidence is not enough to grade, so there is nothing for the panel to moderate: "
                  + gap.missing()
                  + " To fill it: "
                  + gap.toFill()));
    }
    return links;
  }
}

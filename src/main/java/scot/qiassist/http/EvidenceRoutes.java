package scot.qiassist.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.qiassist.drafting.CheckedDraft;
import scot.qiassist.drafting.DraftChange;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.EvidenceDraft;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.ImportedRows;
import scot.qiassist.drafting.OpenDraft;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.Workspace;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.Insufficient;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.sheet.EvidenceSheets;
import scot.qiassist.evidence.sheet.InvalidSheetException;
import scot.qiassist.evidence.sheet.SheetImport;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.pages.DraftDetailsPage;
import scot.qiassist.pages.DraftListSection;
import scot.qiassist.pages.DraftPage;
import scot.qiassist.pages.EvidencePaths;
import scot.qiassist.pages.LivePanel;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.whatif.DraftCheck;
import scot.qiassist.whatif.WayToDraft;
import scot.qiassist.whatif.WhatIfAnalysis;

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
    ctx.html(draftPage(ctx, open, List.of(), new DraftPage.Upload(null, false, imported(ctx))));
  }

  /** What the redirect after an import says it did (?imported=12&leftOut=7,9), or null. */
  private static String imported(Context ctx) {
    String count = ctx.queryParam("imported");
    if (count == null || !count.matches("\\d{1,4}")) {
      return null;
    }
    String leftOut = ctx.queryParam("leftOut");
    boolean some = leftOut != null && leftOut.matches("\\d{1,5}(,\\d{1,5}){0,1100}");
    return "Imported "
        + count
        + (count.equals("1") ? " figure or finding" : " figures and findings")
        + " from the spreadsheet"
        + (some
            ? "; left out the bad "
                + (leftOut.contains(",") ? "rows " : "row ")
                + leftOut.replace(",", ", ")
                + "."
            : ".");
  }

  /**
   * Adds the figures and findings of an uploaded spreadsheet to the draft as a new revision; with
   * any bad row, nothing, and the draft's page again listing every bad row by row and column, and
   * offering to keep the good rows. The upload's size was checked before it was read ({@link
   * #uploadLimit}).
   */
  void importSheet(Context ctx) {
    SameOrigin.require(ctx);
    OpenDraft open = open(ctx);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0 || file.filename() == null || file.filename().isBlank()) {
      refuseImport(
          ctx, open, "Choose a spreadsheet to import: an .xlsx or .csv file", false, List.of());
      return;
    }
    if (file.size() > EvidenceSheets.MAX_BYTES) {
      throw tooLarge();
    }
    boolean keep = "true".equals(ctx.formParam("keepGoodRows"));
    RuleSet rules = active.current();
    SheetImport sheet;
    try (InputStream in = file.content()) {
      sheet = EvidenceSheets.read(in.readAllBytes(), file.filename(), rules, keep);
    } catch (IOException e) {
      refuseImport(ctx, open, "The file could not be read; upload it again", false, List.of());
      return;
    } catch (InvalidSheetException e) {
      List<Map.Entry<String, String>> rows = new ArrayList<>();
      e.rowProblems().forEach(p -> rows.add(toFile(p.toString())));
      boolean badRows = e.rowProblems().stream().anyMatch(p -> p.row() > 0);
      refuseImport(
          ctx,
          open,
          "The spreadsheet has "
              + e.rowProblems().size()
              + (e.rowProblems().size() == 1 ? " problem" : " problems")
              + ". Nothing was imported",
          !keep && badRows,
          rows);
      return;
    }
    int firstNew = open.draft().idOfNew();
    CheckedDraft added =
        CheckedDraft.of(ImportedRows.added(open.draft(), sheet.evidence()), reader(rules));
    List<FieldProblem> clashes = ImportedRows.problemsOfAdded(added, firstNew);
    if (!clashes.isEmpty()) {
      List<Map.Entry<String, String>> rows = new ArrayList<>();
      DraftPage.problemLinks("Imported ", open.id(), clashes).forEach(rows::add);
      refuseImport(
          ctx,
          open,
          "The spreadsheet's rows do not fit the draft. Nothing was imported",
          false,
          rows.stream().map(r -> toFile(r.getValue())).toList());
      return;
    }
    workspace.change(
        open.id(),
        Identity.of(ctx).name(),
        d -> null,
        d -> ImportedRows.added(d, sheet.evidence()),
        reader(rules));
    List<Integer> leftOut = sheet.rowsLeftOut();
    Redirect.seeOther(
        ctx,
        EvidencePaths.of(EvidencePaths.DRAFT, open.id())
            + "?imported="
            + ImportedRows.count(sheet.evidence())
            + (leftOut.isEmpty()
                ? ""
                : "&leftOut="
                    + leftOut.stream().map(String::valueOf).collect(Collectors.joining(",")))
            + "#evidence-import");
  }

  /**
   * Refuses an upload larger than a spreadsheet may be before anything reads it (the form token is
   * read from the same body): by its Content-Length, which a browser always sends with a file.
   */
  static void uploadLimit(Context ctx) {
    if (ctx.method() != HandlerType.POST) {
      return;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared < 0) {
      throw new PageFailure(
          411,
          "The upload was not sent whole",
          "The upload did not say its size (Content-Length); send the spreadsheet from the draft's page.");
    }
    if (declared > EvidenceSheets.MAX_BYTES + MULTIPART_OVERHEAD) {
      throw tooLarge();
    }
  }

  /** A form's own parts (the form token, boundaries, headers) around the file, at most. */
  private static final long MULTIPART_OVERHEAD = 16 * 1024;

  private static PageFailure tooLarge() {
    return new PageFailure(
        413,
        "The spreadsheet is too large",
        "The spreadsheet is larger than the limit of "
            + EvidenceSheets.MAX_BYTES
            + " bytes. Nothing was imported: split it, or leave out what is not evidence.");
  }

  private static Map.Entry<String, String> toFile(String words) {
    return new AbstractMap.SimpleEntry<>("#" + DraftPage.IMPORT_FILE, words);
  }

  private void refuseImport(
      Context ctx,
      OpenDraft open,
      String error,
      boolean offerKeep,
      List<Map.Entry<String, String>> rows) {
    List<Map.Entry<String, String>> summary = new ArrayList<>();
    summary.add(toFile(error + (rows.isEmpty() ? "." : ":")));
    summary.addAll(rows);
    ctx.status(400)
        .html(draftPage(ctx, open, summary, new DraftPage.Upload(error + ".", offerKeep, null)));
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
    return draftPage(ctx, open, summary, DraftPage.Upload.NONE);
  }

  private String draftPage(
      Context ctx,
      OpenDraft open,
      List<Map.Entry<String, String>> summary,
      DraftPage.Upload upload) {
    RuleSet rules = active.current();
    return DraftPage.render(
        SessionAccess.pageContext(ctx),
        open,
        rules.measures(),
        panel(open.draft(), null, open.draft()),
        summary,
        upload,
        toReach(open.draft(), rules));
  }

  /**
   * The smallest sets of changes that would give the draft grade, when the draft can be evaluated,
   * is graded and its draft grade differs; else none.
   */
  private static List<WayToDraft> toReach(EvidenceDraft draft, RuleSet rules) {
    CheckedDraft checked = CheckedDraft.of(draft, reader(rules));
    if (!checked.valid() || checked.evidence().draftGrade() == null) {
      return List.of();
    }
    DraftCheck check =
        new WhatIfAnalysis(new Evaluator(rules)).analyse(checked.evidence()).draftGrade();
    return check == null ? List.of() : check.toReach();
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

package scot.qiassist.pages;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.drafting.DraftDetails;
import scot.qiassist.drafting.DraftFigure;
import scot.qiassist.drafting.DraftFinding;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.OpenDraft;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.drafting.SampleSize;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Statement;
import scot.qiassist.evidence.sheet.EvidenceSheets;
import scot.qiassist.grade.Grade;
import scot.qiassist.whatif.WayToDraft;

/**
 * An evidence draft at {@code /evidence/{id}}: what it is of, then each statement's figures and
 * findings with a way to add, change or remove each, the live panel beside them, and the export and
 * the submission to the panel.
 */
public final class DraftPage {

  /** The id of the spreadsheet upload's file field, which the error summary links to. */
  public static final String IMPORT_FILE = "import-file";

  private DraftPage() {}

  /**
   * The spreadsheet upload's state on the page.
   *
   * @param error the file field's error, or null
   * @param offerKeep whether to offer "Keep the good rows and leave the bad ones out" (some rows of
   *     the sheet sent were bad)
   * @param notice what the last import did, or null
   */
  public record Upload(String error, boolean offerKeep, String notice) {
    public static final Upload NONE = new Upload(null, false, null);
  }

  /**
   * The page.
   *
   * @param summary problems to list at the top (a submission refused), each a link and its words
   */
  public static String render(
      PageContext context,
      OpenDraft open,
      MeasureCatalogue catalogue,
      PanelState panel,
      List<Map.Entry<String, String>> summary) {
    return render(context, open, catalogue, panel, summary, Upload.NONE, null);
  }

  /**
   * The page, with the state of its spreadsheet upload and the ways to the draft grade.
   *
   * @param toReach the smallest sets of changes that would give the draft grade, or null when not
   *     worked out
   */
  public static String render(
      PageContext context,
      OpenDraft open,
      MeasureCatalogue catalogue,
      PanelState panel,
      List<Map.Entry<String, String>> summary,
      Upload upload,
      List<WayToDraft> toReach) {
    DraftDetails d = open.draft().details();
    String id = open.id();
    return DraftFrame.pageWithSummary(
        d.partnership() + ": evidence draft",
        context,
        id,
        summary,
        panel,
        null,
        toReach,
        h -> {
          h.element("span", "Evidence draft", "class", "govuk-caption-l")
              .element("h1", d.partnership(), "class", "govuk-heading-xl");
          notice(h, upload.notice());
          submitted(h, open);
          details(h, open);
          for (int s = 1; s <= 4; s++) {
            statement(h, context, open, catalogue, panel, s);
          }
          unknownMeasures(h, context, open, catalogue);
          importSheet(h, context, id, upload);
          finish(h, context, id);
        });
  }

  /** Each problem as a link to its field on its form's page, after the words given. */
  public static List<Map.Entry<String, String>> problemLinks(
      String before, String draftId, List<FieldProblem> problems) {
    return problems.stream()
        .map(
            p ->
                (Map.Entry<String, String>)
                    new AbstractMap.SimpleEntry<>(
                        DraftFieldLabels.href(draftId, p),
                        before + DraftFieldLabels.where(p) + ": " + p.message()))
        .toList();
  }

  private static void submitted(Html h, OpenDraft open) {
    var s = open.stored();
    if (!s.submitted()) {
      return;
    }
    boolean asIs = s.submittedRevision() == s.revision();
    h.markup(
            "<div class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\"submitted-title\"><div class=\"govuk-notification-banner__header\">")
        .markup(
            "<h2 class=\"govuk-notification-banner__title\" id=\"submitted-title\">Submitted</h2></div><div class=\"govuk-notification-banner__content\"><p class=\"govuk-body\">")
        .text(
            "Revision "
                + s.submittedRevision()
                + " was submitted to the panel on "
                + EvaluationListPage.WHEN.format(s.submittedAt())
                + (asIs
                    ? ". "
                    : "; the changes since are not in it, and submitting again stores a new evaluation. "))
        .element(
            "a",
            "Open the stored evaluation",
            "class",
            "govuk-notification-banner__link",
            "href",
            "/evaluations/" + Html.segment(s.submittedAs()))
        .markup("</p></div></div>\n");
  }

  private static void details(Html h, OpenDraft open) {
    DraftDetails d = open.draft().details();
    String change = EvidencePaths.of(EvidencePaths.DETAILS, open.id());
    h.markup("<dl class=\"govuk-summary-list\" id=\"details\">");
    row(
        h,
        "Inspection period",
        d.periodFrom() == null && d.periodTo() == null
            ? "Not given"
            : d.periodFrom() + " to " + d.periodTo(),
        change + "#details-from");
    row(h, "Sample sizes", samples(d), change + "#details-recordsRead");
    row(h, "Draft grade", draftGrade(d.draftGrade()), change + "#details-draftGrade");
    row(
        h,
        "Saved",
        "Revision "
            + open.revision()
            + ", "
            + EvaluationListPage.WHEN.format(open.stored().updatedAt()),
        null);
    h.markup("</dl>\n");
  }

  private static void row(Html h, String key, String value, String change) {
    h.markup("<div class=\"govuk-summary-list__row\">")
        .element("dt", key, "class", "govuk-summary-list__key")
        .element("dd", value, "class", "govuk-summary-list__value");
    if (change != null) {
      h.markup("<dd class=\"govuk-summary-list__actions\">")
          .open("a", "class", "govuk-link", "href", change)
          .markup("Change<span class=\"govuk-visually-hidden\"> ")
          .text(key.toLowerCase(java.util.Locale.ROOT))
          .markup("</span></a></dd>");
    } else {
      h.markup("<dd class=\"govuk-summary-list__actions\"></dd>");
    }
    h.markup("</div>");
  }

  private static String samples(DraftDetails d) {
    StringBuilder s = new StringBuilder();
    for (SampleSize size : SampleSize.values()) {
      if (d.sample(size) != null) {
        s.append(s.length() == 0 ? "" : "; ")
            .append(size.label())
            .append(": ")
            .append(d.sample(size));
      }
    }
    return s.length() == 0 ? "None given" : s.toString();
  }

  private static String draftGrade(String typed) {
    if (typed == null) {
      return "None yet";
    }
    try {
      return Grade.of(Integer.parseInt(typed)).label() + " (" + typed + ")";
    } catch (IllegalArgumentException e) {
      return typed;
    }
  }

  private static void statement(
      Html h,
      PageContext context,
      OpenDraft open,
      MeasureCatalogue catalogue,
      PanelState panel,
      int s) {
    h.element(
            "h2",
            "Statement " + s,
            "class",
            "govuk-heading-l govuk-!-margin-bottom-1",
            "id",
            "statement-" + s)
        .element("p", Statement.title(s), "class", "govuk-body-s");
    List<DraftFigure> figures =
        open.draft().figures().stream()
            .filter(
                f ->
                    catalogue
                        .find(String.valueOf(f.measure()))
                        .map(m -> m.statement() == s)
                        .orElse(false))
            .toList();
    DraftTables.figures(
        h, context, open.id(), figures, catalogue, panel, "Figures of statement " + s);
    h.element(
        "a",
        "Add a figure to statement " + s,
        "class",
        "govuk-button govuk-button--secondary",
        "href",
        EvidencePaths.of(EvidencePaths.NEW_FIGURE, open.id()) + "?statement=" + s);
    List<DraftFinding> findings =
        open.draft().findings().stream()
            .filter(f -> String.valueOf(s).equals(f.statement()))
            .toList();
    DraftTables.findings(h, context, open.id(), findings, s);
    h.element(
        "a",
        "Add a finding to statement " + s,
        "class",
        "govuk-button govuk-button--secondary",
        "href",
        EvidencePaths.of(EvidencePaths.NEW_FINDING, open.id()) + "?statement=" + s);
  }

  private static void unknownMeasures(
      Html h, PageContext context, OpenDraft open, MeasureCatalogue catalogue) {
    List<DraftFigure> unknown =
        open.draft().figures().stream()
            .filter(f -> catalogue.find(String.valueOf(f.measure())).isEmpty())
            .toList();
    if (unknown.isEmpty()) {
      return;
    }
    h.element(
        "h2",
        "Figures of measures the catalogue does not have",
        "class",
        "govuk-heading-l",
        "id",
        "unknown-measures");
    h.element(
        "p",
        "The rules in service have no such measure (they may have changed since the figure was saved): change each to a measure of the catalogue, or remove it.",
        "class",
        "govuk-body");
    DraftTables.figures(
        h,
        context,
        open.id(),
        unknown,
        catalogue,
        PanelState.empty(),
        "Figures to change or remove");
  }

  private static void notice(Html h, String notice) {
    if (notice == null) {
      return;
    }
    h.markup(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"imported-title\" id=\"imported\"><div class=\"govuk-notification-banner__header\">")
        .markup(
            "<h2 class=\"govuk-notification-banner__title\" id=\"imported-title\">Success</h2></div><div class=\"govuk-notification-banner__content\">")
        .element("p", notice, "class", "govuk-notification-banner__heading")
        .markup("</div></div>\n");
  }

  /**
   * The upload of a spreadsheet of figures and findings (XLSX or CSV), between the statements and
   * the export: its rows are added to the draft as a new revision, all or none unless the inspector
   * asks to keep the good rows.
   */
  private static void importSheet(Html h, PageContext context, String id, Upload upload) {
    h.open("div", "id", "evidence-import")
        .element("h2", "Import a spreadsheet", "class", "govuk-heading-l")
        .element(
            "p",
            "Import the figures and findings of a spreadsheet filled in from the template: one row per figure or finding. They are added to the figures and findings already in the draft, as a new revision; nothing already in the draft is replaced, and a measure the draft already has a figure of is refused, as in an evidence file. The sheet's details (partnership, period, samples) are checked but the draft's own stay: change them under the draft's details. When any row is bad nothing is imported and every bad row is listed.",
            "class",
            "govuk-body")
        .markup("<p class=\"govuk-body\">Download the template: ")
        .element(
            "a",
            "Excel workbook (.xlsx)",
            "class",
            "govuk-link",
            "href",
            EvidencePaths.TEMPLATE_XLSX,
            "download",
            "download")
        .text(" or ")
        .element(
            "a",
            "CSV file (.csv)",
            "class",
            "govuk-link",
            "href",
            EvidencePaths.TEMPLATE_CSV,
            "download",
            "download")
        .markup(".</p>\n");
    h.open(
            "form",
            "method",
            "post",
            "action",
            EvidencePaths.of(EvidencePaths.IMPORT, id),
            "enctype",
            "multipart/form-data",
            "novalidate",
            "novalidate")
        .formToken(context.formToken())
        .markup(
            upload.error() == null
                ? "<div class=\"govuk-form-group\">"
                : "<div class=\"govuk-form-group govuk-form-group--error\">")
        .element("label", "Upload a spreadsheet", "class", "govuk-label", "for", IMPORT_FILE)
        .element(
            "div",
            "An Excel workbook (.xlsx) or a CSV file (.csv) laid out as the template, of at most "
                + EvidenceSheets.MAX_BYTES / 1000
                + " KB.",
            "class",
            "govuk-hint",
            "id",
            IMPORT_FILE + "-hint");
    if (upload.error() != null) {
      h.open("p", "class", "govuk-error-message", "id", IMPORT_FILE + "-error")
          .markup("<span class=\"govuk-visually-hidden\">Error:</span> ")
          .text(upload.error())
          .close("p");
    }
    h.open(
            "input",
            "class",
            upload.error() == null
                ? "govuk-file-upload"
                : "govuk-file-upload govuk-file-upload--error",
            "id",
            IMPORT_FILE,
            "name",
            "file",
            "type",
            "file",
            "accept",
            ".xlsx,.csv",
            "aria-describedby",
            IMPORT_FILE + "-hint" + (upload.error() == null ? "" : " " + IMPORT_FILE + "-error"))
        .markup("</div>\n");
    if (upload.offerKeep()) {
      h.markup(
              "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
          .open(
              "input",
              "class",
              "govuk-checkboxes__input",
              "id",
              "import-keep",
              "name",
              "keepGoodRows",
              "type",
              "checkbox",
              "value",
              "true")
          .element(
              "label",
              "Keep the good rows and leave the bad ones out",
              "class",
              "govuk-label govuk-checkboxes__label",
              "for",
              "import-keep")
          .markup("</div></div></div>\n");
    }
    h.element(
            "button",
            "Import the spreadsheet",
            "type",
            "submit",
            "class",
            "govuk-button govuk-button--secondary")
        .markup("</form></div>\n");
  }

  private static void finish(Html h, PageContext context, String id) {
    h.element("h2", "Export and submit", "class", "govuk-heading-l", "id", "finish");
    h.element(
        "p",
        "Export the evidence as a file in the format of schema/evidence.schema.json, for the command line or to keep. Submit it to store the evaluation for the moderation panel: it is then listed under Evaluations. Both need a draft without problems; submitting also needs evidence enough to grade.",
        "class",
        "govuk-body");
    h.markup("<div class=\"govuk-button-group\">")
        .element(
            "a",
            "Export the evidence (JSON)",
            "class",
            "govuk-button govuk-button--secondary",
            "href",
            EvidencePaths.of(EvidencePaths.EXPORT, id),
            "download",
            "download");
    DraftFrame.button(
        h,
        EvidencePaths.of(EvidencePaths.SUBMIT, id),
        context,
        "Submit for moderation",
        "govuk-button");
    h.markup("</div>\n");
  }
}

package scot.qiassist.pages;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * What the page shows, worked out for its template ({@code drafting/draft.jte}).
   *
   * @param submitted the banner of its submission to the panel, or null when not submitted
   * @param details the rows of what the draft is of
   * @param unknown the figures of measures the catalogue does not have
   * @param maxKb the largest spreadsheet accepted, in KB
   */
  public record View(
      DraftFrame frame,
      String partnership,
      Upload upload,
      Submitted submitted,
      List<DetailRow> details,
      List<StatementSection> statements,
      List<DraftTables.FigureRow> unknown,
      String importAction,
      long maxKb,
      String export,
      String submit) {}

  /** The banner of a submitted draft: what was submitted when, and the link to its evaluation. */
  public record Submitted(String text, String href) {}

  /**
   * A row of what the draft is of.
   *
   * @param change the field to change it at, or null for a row that cannot be changed
   */
  public record DetailRow(String key, String value, String change) {

    public String hiddenKey() {
      return key.toLowerCase(Locale.ROOT);
    }
  }

  /** One statement's figures and findings, and the links to add more. */
  public record StatementSection(
      int number,
      String title,
      List<DraftTables.FigureRow> figures,
      List<DraftTables.FindingRow> findings,
      String addFigure,
      String addFinding) {}

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
    List<StatementSection> statements = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      statements.add(statement(open, catalogue, panel, s));
    }
    List<DraftFigure> unknown =
        open.draft().figures().stream()
            .filter(f -> catalogue.find(String.valueOf(f.measure())).isEmpty())
            .toList();
    return PageTemplates.render(
        "drafting/draft.jte",
        new View(
            DraftFrame.withSummary(
                d.partnership() + ": evidence draft", context, id, summary, panel, null, toReach),
            d.partnership(),
            upload,
            submitted(open),
            details(open),
            statements,
            DraftTables.figures(id, unknown, catalogue, PanelState.empty()),
            EvidencePaths.of(EvidencePaths.IMPORT, id),
            EvidenceSheets.MAX_BYTES / 1000,
            EvidencePaths.of(EvidencePaths.EXPORT, id),
            EvidencePaths.of(EvidencePaths.SUBMIT, id)));
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

  private static Submitted submitted(OpenDraft open) {
    var s = open.stored();
    if (!s.submitted()) {
      return null;
    }
    boolean asIs = s.submittedRevision() == s.revision();
    return new Submitted(
        "Revision "
            + s.submittedRevision()
            + " was submitted to the panel on "
            + EvaluationListPage.WHEN.format(s.submittedAt())
            + (asIs
                ? ". "
                : "; the changes since are not in it, and submitting again stores a new evaluation. "),
        "/evaluations/" + UrlPaths.segment(s.submittedAs()));
  }

  private static List<DetailRow> details(OpenDraft open) {
    DraftDetails d = open.draft().details();
    String change = EvidencePaths.of(EvidencePaths.DETAILS, open.id());
    return List.of(
        new DetailRow(
            "Inspection period",
            d.periodFrom() == null && d.periodTo() == null
                ? "Not given"
                : d.periodFrom() + " to " + d.periodTo(),
            change + "#details-from"),
        new DetailRow("Sample sizes", samples(d), change + "#details-recordsRead"),
        new DetailRow("Draft grade", draftGrade(d.draftGrade()), change + "#details-draftGrade"),
        new DetailRow(
            "Saved",
            "Revision "
                + open.revision()
                + ", "
                + EvaluationListPage.WHEN.format(open.stored().updatedAt()),
            null));
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

  private static StatementSection statement(
      OpenDraft open, MeasureCatalogue catalogue, PanelState panel, int s) {
    List<DraftFigure> figures =
        open.draft().figures().stream()
            .filter(
                f ->
                    catalogue
                        .find(String.valueOf(f.measure()))
                        .map(m -> m.statement() == s)
                        .orElse(false))
            .toList();
    List<DraftFinding> findings =
        open.draft().findings().stream()
            .filter(f -> String.valueOf(s).equals(f.statement()))
            .toList();
    return new StatementSection(
        s,
        Statement.title(s),
        DraftTables.figures(open.id(), figures, catalogue, panel),
        DraftTables.findings(open.id(), findings),
        EvidencePaths.of(EvidencePaths.NEW_FIGURE, open.id()) + "?statement=" + s,
        EvidencePaths.of(EvidencePaths.NEW_FINDING, open.id()) + "?statement=" + s);
  }
}

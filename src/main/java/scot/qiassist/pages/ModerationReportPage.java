package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evaluation.StatementPoints;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.terms.Band;

/**
 * The moderation report at {@code /evaluations/{id}} (template {@code
 * panels/moderation-report.jte}), in plain language first: the grade with why and why not, the
 * points of each statement as a chart, key messages by statement each opening onto its evidence,
 * areas for improvement, boundary warnings, a chart of every figure against the bands; then, folded
 * under "How the rules decided", the rule behind each (id, file and line) and every rule that
 * fired; then the panel's decisions and, for a moderator, the form to record one. Its printable
 * variant is the same report without navigation or form and with every section open.
 */
public final class ModerationReportPage {

  private ModerationReportPage() {}

  /**
   * The report's facts, in the order the page shows them.
   *
   * @param links the links to the report's other views, or null (printable, or not stored)
   * @param pointsChart the points of each statement, drawn
   * @param history the panel's decisions, or null for an evaluation not stored
   * @param form the decision form, or null
   */
  public record View(
      PageContext context,
      String title,
      boolean printable,
      String partnership,
      List<Row> summary,
      Links links,
      GradeSection.View grade,
      String pointsIntro,
      PointsChart.Chart pointsChart,
      List<KeyMessagesSection.StatementMessages> keyMessages,
      String areasHeading,
      List<String> areas,
      String warningsHeading,
      List<String> warnings,
      ReadingsChart.Chart chart,
      String bandsNote,
      List<ReadingsTable.Row> readings,
      Rules rules,
      DecisionHistory.View history,
      DecisionFormSection.View form) {}

  /** A row of the summary list at the top. */
  public record Row(String key, String value) {}

  /** Where the printable view, the evaluations alike and the wording check are. */
  public record Links(String printable, String consistency, String wording) {}

  /** What "How the rules decided" lists: the rule behind each conclusion, and every firing. */
  public record Rules(
      List<RuleLine> grade,
      List<RuleLine> keyMessages,
      List<RuleLine> areas,
      String firedHeading,
      List<RuleLine> fired) {}

  /**
   * The report.
   *
   * @param bands the standard words' bands to draw the chart against: the rule set's {@code
   *     standardWords().bands()}
   * @param parameters the grade parameters whose points weigh each statement's strengths and areas
   *     for improvement in the points chart: the rule set's {@code gradeParameters()}
   */
  public static String render(
      PageContext context,
      ReportSubject subject,
      List<Band> bands,
      GradeParameters parameters,
      ReportOptions options) {
    Evaluation e = subject.result();
    List<Judgement> areas =
        e.judgements().stream().filter(j -> j.kind().equals("area-for-improvement")).toList();
    List<StatementPoints> points = StatementPoints.of(e.judgements(), parameters);
    return PageTemplates.render(
        "panels/moderation-report.jte",
        new View(
            context,
            "Moderation report: " + e.partnership(),
            options.printable(),
            e.partnership(),
            summary(subject),
            options.printable() || !subject.stored() ? null : links(subject.id()),
            GradeSection.view(e),
            pointsIntro(parameters),
            PointsChart.of(points, "report-points"),
            KeyMessagesSection.statements(e, subject.notes(), comments(subject.decisions())),
            "Areas for improvement (" + areas.size() + ")",
            areas.stream()
                .map(a -> "Statement " + a.statement() + ", " + a.weight() + ": " + a.text())
                .toList(),
            "Boundary warnings (" + e.warnings().size() + ")",
            e.warnings().stream().map(w -> w.message()).toList(),
            ReadingsChart.chart(e.readings(), bands),
            "The bands: "
                + String.join("; ", bands.stream().map(b -> b.word() + " " + b.range()).toList())
                + ". A dot is an exact share; a bar is a range, with a tick at the middle it is read by; orange ranges cross a band boundary.",
            ReadingsTable.rows(e.readings(), subject.notes()),
            new Rules(
                GradeSection.rules(e),
                KeyMessagesSection.rules(e.keyMessages()),
                KeyMessagesSection.rules(areas),
                "Every rule that fired (" + e.firedRules().size() + ")",
                e.firedRules().stream().map(ModerationReportPage::fired).toList()),
            subject.stored()
                ? DecisionHistory.view(
                    subject.decisions(), e.grade().label() + " (" + e.grade().value() + ")")
                : null,
            subject.stored() && options.decisionForm() != null && !options.printable()
                ? DecisionFormSection.view(subject, options.decisionForm())
                : null));
  }

  private static String pointsIntro(GradeParameters parameters) {
    return "What each statement's strengths and areas for improvement weigh in the balance for the grade: "
        + parameters.points(Weight.MAJOR)
        + " points for a major one, "
        + parameters.points(Weight.IMPORTANT)
        + " for an important one, "
        + parameters.points(Weight.MINOR)
        + " for a minor one. Green: strengths; orange: areas for improvement.";
  }

  private static List<Row> summary(ReportSubject subject) {
    Evaluation e = subject.result();
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "Grade (QI 2.1)",
            e.graded()
                ? e.grade().label() + " (" + e.grade().value() + "), as the rules give it"
                : Evaluation.NOT_GRADED + ": the evidence is not enough to grade"));
    if (!subject.decisions().isEmpty()) {
      rows.add(
          new Row(
              "Current grade",
              subject.currentGrade().label()
                  + " ("
                  + subject.currentGrade().value()
                  + "), after "
                  + subject.decisions().size()
                  + (subject.decisions().size() == 1 ? " decision" : " decisions")));
    }
    if (e.draftGrade() != null) {
      rows.add(new Row("Draft grade", e.draftGrade().label() + ": " + e.draftGrade().verdict()));
    }
    if (subject.stored()) {
      rows.add(
          new Row(
              "Stored",
              EvaluationListPage.WHEN.format(subject.createdAt()) + " by " + subject.author()));
      rows.add(new Row("Evaluation id", subject.id()));
    }
    rows.add(new Row("Ruleset version", e.rulesetVersion()));
    return rows;
  }

  private static Links links(String id) {
    String report = "/evaluations/" + UrlPaths.segment(id);
    return new Links(
        report + "/print",
        report + "/consistency",
        WordingPage.PATH + "?evaluation=" + UrlPaths.segment(id));
  }

  private static RuleLine fired(FiredRule f) {
    return new RuleLine(
        f.name(),
        RuleLine.reference(f.ruleId(), f.file(), f.line()),
        f.explanation() != null && !f.explanation().isBlank() ? f.explanation() : null);
  }

  private static List<DecisionComment> comments(List<RecordedDecision> decisions) {
    return decisions.stream().flatMap(d -> d.comments().stream()).toList();
  }
}

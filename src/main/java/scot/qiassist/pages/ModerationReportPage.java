package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evaluation.StatementPoints;
import scot.qiassist.evaluation.Warning;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.terms.Band;

/**
 * The moderation report at {@code /evaluations/{id}}, in plain language first: the grade with why
 * and why not, the points of each statement as a chart, key messages by statement each opening onto
 * its evidence, areas for improvement, boundary warnings, a chart of every figure against the
 * bands; then, folded under "How the rules decided", the rule behind each (id, file and line) and
 * every rule that fired; then the panel's decisions and, for a moderator, the form to record one.
 * Its printable variant is the same report without navigation or form and with every section open.
 */
public final class ModerationReportPage {

  private ModerationReportPage() {}

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
    return Layout.page(
        "Moderation report: " + e.partnership(),
        context,
        options.printable(),
        h -> {
          heading(h, subject, options.printable());
          GradeSection.write(h, e);
          points(h, e, parameters);
          KeyMessagesSection.write(
              h, e, subject.notes(), comments(subject.decisions()), options.printable());
          areas(h, e.judgements());
          warnings(h, e.warnings());
          h.element(
              "h2",
              "Figures against the standard words",
              "class",
              "govuk-heading-l",
              "id",
              "figures");
          ReadingsChart.write(h, e.readings(), bands);
          h.element(
              "p",
              "The bands: "
                  + String.join("; ", bands.stream().map(b -> b.word() + " " + b.range()).toList())
                  + ". A dot is an exact share; a bar is a range, with a tick at the middle it is read by; orange ranges cross a band boundary.",
              "class",
              "govuk-body-s");
          h.open("details", "class", "govuk-details", "open", options.printable() ? "open" : null)
              .markup(
                  "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">The figures as a table</span></summary>")
              .markup("<div class=\"govuk-details__text\">");
          ReadingsTable.write(h, e.readings(), subject.notes());
          h.markup("</div></details>\n");
          howTheRulesDecided(h, e, options.printable());
          if (subject.stored()) {
            DecisionHistory.write(
                h, subject.decisions(), e.grade().label() + " (" + e.grade().value() + ")");
          }
          if (subject.stored() && options.decisionForm() != null && !options.printable()) {
            DecisionFormSection.write(h, subject, options.decisionForm(), context.formToken());
          }
        });
  }

  private static void points(Html h, Evaluation e, GradeParameters parameters) {
    h.element("h2", "Points per statement", "class", "govuk-heading-l", "id", "points");
    h.element(
        "p",
        "What each statement's strengths and areas for improvement weigh in the balance for the grade: "
            + parameters.points(Weight.MAJOR)
            + " points for a major one, "
            + parameters.points(Weight.IMPORTANT)
            + " for an important one, "
            + parameters.points(Weight.MINOR)
            + " for a minor one. Green: strengths; orange: areas for improvement.",
        "class",
        "govuk-body");
    PointsChart.write(h, StatementPoints.of(e.judgements(), parameters), "report-points");
  }

  /** The rules behind every conclusion, with their ids, files and lines, folded. */
  private static void howTheRulesDecided(Html h, Evaluation e, boolean open) {
    h.open(
            "details",
            "class",
            "govuk-details",
            "id",
            "how-the-rules-decided",
            "open",
            open ? "open" : null)
        .markup(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">How the rules decided</span></summary>")
        .markup("<div class=\"govuk-details__text\">");
    h.element(
        "p",
        "Each conclusion above with the rule that drew it: its id, and the rule file and line where policy staff keep it.",
        "class",
        "govuk-body");
    GradeSection.rules(h, e);
    KeyMessagesSection.rules(h, e.keyMessages(), "Key messages");
    KeyMessagesSection.rules(
        h,
        e.judgements().stream().filter(j -> j.kind().equals("area-for-improvement")).toList(),
        "Areas for improvement");
    fired(h, e.firedRules());
    h.markup("</div></details>\n");
  }

  private static void heading(Html h, ReportSubject subject, boolean printable) {
    Evaluation e = subject.result();
    h.element("span", "Moderation report", "class", "govuk-caption-l")
        .element("h1", e.partnership(), "class", "govuk-heading-xl");
    h.markup("<dl class=\"govuk-summary-list\">");
    row(
        h,
        "Grade (QI 2.1)",
        e.graded()
            ? e.grade().label() + " (" + e.grade().value() + "), as the rules give it"
            : Evaluation.NOT_GRADED + ": the evidence is not enough to grade");
    if (!subject.decisions().isEmpty()) {
      row(
          h,
          "Current grade",
          subject.currentGrade().label()
              + " ("
              + subject.currentGrade().value()
              + "), after "
              + subject.decisions().size()
              + (subject.decisions().size() == 1 ? " decision" : " decisions"));
    }
    if (e.draftGrade() != null) {
      row(h, "Draft grade", e.draftGrade().label() + ": " + e.draftGrade().verdict());
    }
    if (subject.stored()) {
      row(
          h,
          "Stored",
          EvaluationListPage.WHEN.format(subject.createdAt()) + " by " + subject.author());
      row(h, "Evaluation id", subject.id());
    }
    row(h, "Ruleset version", e.rulesetVersion());
    h.markup("</dl>\n");
    if (!printable && subject.stored()) {
      h.markup("<p class=\"govuk-body qi-no-print\">")
          .element(
              "a",
              "Printable view",
              "class",
              "govuk-link",
              "href",
              "/evaluations/" + Html.segment(subject.id()) + "/print")
          .markup(" &middot; ")
          .element(
              "a",
              "Evaluations most alike this one",
              "class",
              "govuk-link",
              "href",
              "/evaluations/" + Html.segment(subject.id()) + "/consistency")
          .markup(" &middot; ")
          .element(
              "a",
              "Check a draft report's wording against this evaluation",
              "class",
              "govuk-link",
              "href",
              WordingPage.PATH + "?evaluation=" + Html.segment(subject.id()))
          .markup("</p>\n");
    }
  }

  private static void row(Html h, String key, String value) {
    h.markup("<div class=\"govuk-summary-list__row\">")
        .element("dt", key, "class", "govuk-summary-list__key")
        .element("dd", value, "class", "govuk-summary-list__value")
        .markup("</div>");
  }

  private static void areas(Html h, List<Judgement> judgements) {
    List<Judgement> areas =
        judgements.stream().filter(j -> j.kind().equals("area-for-improvement")).toList();
    h.element(
        "h2",
        "Areas for improvement (" + areas.size() + ")",
        "class",
        "govuk-heading-l",
        "id",
        "areas");
    if (areas.isEmpty()) {
      h.element("p", "None.", "class", "govuk-body");
      return;
    }
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    for (Judgement a : areas) {
      h.element("li", "Statement " + a.statement() + ", " + a.weight() + ": " + a.text());
    }
    h.markup("</ul>\n");
  }

  private static void warnings(Html h, List<Warning> warnings) {
    h.element(
        "h2",
        "Boundary warnings (" + warnings.size() + ")",
        "class",
        "govuk-heading-l",
        "id",
        "warnings");
    if (warnings.isEmpty()) {
      h.element(
          "p",
          "None: every figure falls wholly within one standard word's band.",
          "class",
          "govuk-body");
    }
    for (Warning w : warnings) {
      h.markup(
              "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
          .markup(
              "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>")
          .text(w.message())
          .markup("</strong></div>\n");
    }
  }

  private static void fired(Html h, List<FiredRule> fired) {
    h.element(
            "h3",
            "Every rule that fired (" + fired.size() + ")",
            "class",
            "govuk-heading-s",
            "id",
            "fired-rules")
        .markup("<ul class=\"govuk-list govuk-list--bullet\">");
    for (FiredRule f : fired) {
      h.markup("<li>").text(f.name()).markup(" ");
      GradeSection.rule(h, f.ruleId(), f.file(), f.line());
      if (f.explanation() != null && !f.explanation().isBlank()) {
        h.markup("<br>").element("span", f.explanation(), "class", "govuk-body-s");
      }
      h.markup("</li>");
    }
    h.markup("</ul>\n");
  }

  private static List<scot.qiassist.storage.DecisionComment> comments(
      List<RecordedDecision> decisions) {
    return decisions.stream().flatMap(d -> d.comments().stream()).toList();
  }
}

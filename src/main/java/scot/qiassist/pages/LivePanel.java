package scot.qiassist.pages;

import java.util.List;
import java.util.Optional;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.PanelState;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evaluation.Warning;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.grade.GradeCriteria;
import scot.qiassist.whatif.WayToDraft;

/**
 * The live panel beside a draft's forms: the grade the evidence gives or "Not graded", the criteria
 * that hold and those that fail, the points of each statement as a chart, the boundary warnings,
 * and the problems that keep the values typed from counting. The page draws it; the evidence pages'
 * script asks {@code POST /evidence/{id}/panel} for it again as the inspector types.
 */
public final class LivePanel {

  /** The id of the panel's element, which the script fills with each new panel. */
  public static final String ID = "live-panel";

  private LivePanel() {}

  /** How many of the smallest sets of changes that reach the draft grade the panel lists. */
  static final int WAYS_SHOWN = 3;

  /**
   * The panel's content, as {@code POST /evidence/{id}/panel} answers it: without the ways to the
   * draft grade, which take too long to work out on every key pressed (see {@link #write}).
   */
  public static String render(String draftId, PanelState state, String typedMeasure) {
    Html h = new Html();
    content(h, draftId, state, typedMeasure, null);
    return h.toString();
  }

  /**
   * The panel in its place on a page: beside the form, the script's to fill again.
   *
   * @param toReach the smallest sets of changes that would give the draft grade, worked out only
   *     for the draft's own page; null on the pages of a form, whose panel is redrawn as the
   *     inspector types
   */
  static void write(
      Html h, String draftId, PanelState state, String typedMeasure, List<WayToDraft> toReach) {
    h.open("div", "class", "qi-panel")
        .element("p", "", "class", "govuk-visually-hidden", "role", "status", "id", ID + "-status")
        .open("div", "id", ID, "data-panel", EvidencePaths.of(EvidencePaths.PANEL, draftId));
    content(h, draftId, state, typedMeasure, toReach);
    h.markup("</div></div>\n");
  }

  private static void content(
      Html h, String draftId, PanelState state, String typedMeasure, List<WayToDraft> toReach) {
    Evaluation e = state.evaluation();
    h.element("h2", "What the evidence gives", "class", "govuk-heading-m");
    h.open("div", "class", "qi-panel__grade")
        .element(
            "p",
            e == null
                ? "No grade yet"
                : e.graded()
                    ? e.grade().label() + " (" + e.grade().value() + ")"
                    : Evaluation.NOT_GRADED,
            "class",
            "govuk-heading-l govuk-!-margin-bottom-2",
            "id",
            "panel-grade")
        .element("p", basis(state), "class", "govuk-body-s", "id", "panel-basis")
        .close("div");
    typedProblems(h, state);
    elsewhere(h, draftId, state.elsewhere());
    if (e == null) {
      return;
    }
    typedReading(h, state, typedMeasure);
    draft(h, e);
    if (!e.graded()) {
      h.element("h3", "What the evidence lacks", "class", "govuk-heading-s");
      h.markup("<ul class=\"govuk-list govuk-list--bullet govuk-body-s\">");
      e.insufficient().forEach(g -> h.element("li", g.missing() + " To fill it: " + g.toFill()));
      h.markup("</ul>\n");
    } else {
      criteria(h, e);
    }
    h.element("h3", "Points per statement", "class", "govuk-heading-s");
    PointsChart.write(h, state.points(), "panel-points");
    h.element(
        "p",
        "Green: the points of the statement's strengths; orange: of its areas for improvement.",
        "class",
        "govuk-body-s");
    warnings(h, e.warnings());
    whatIfToDraft(h, draftId, e, toReach);
  }

  private static String basis(PanelState state) {
    if (state.evaluation() == null) {
      return "The evidence cannot be evaluated until the problems below are fixed.";
    }
    if (!state.asTyped()) {
      return "The values typed have a problem, so this is the draft as saved.";
    }
    return state.edited()
        ? "The draft with the values as typed, before they are saved."
        : "The draft as saved.";
  }

  private static void typedProblems(Html h, PanelState state) {
    if (state.typed().isEmpty()) {
      return;
    }
    h.markup(
            "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
        .markup(
            "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>")
        .text("The values typed have " + plural(state.typed().size(), "problem") + ":")
        .markup("</strong></div><ul class=\"govuk-list govuk-list--bullet govuk-body-s\">");
    for (FieldProblem p : state.typed()) {
      h.element("li", DraftFieldLabels.label(p) + ": " + p.message());
    }
    h.markup("</ul>\n");
  }

  private static void elsewhere(Html h, String draftId, List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    h.element(
        "p",
        "The draft has "
            + plural(problems.size(), "problem")
            + " to fix before it can be exported or submitted:",
        "class",
        "govuk-body-s govuk-!-font-weight-bold");
    h.markup("<ul class=\"govuk-list govuk-list--bullet govuk-body-s\">");
    for (FieldProblem p : problems) {
      h.markup("<li>")
          .element(
              "a",
              DraftFieldLabels.where(p) + ": " + p.message(),
              "class",
              "govuk-link",
              "href",
              DraftFieldLabels.href(draftId, p))
          .markup("</li>");
    }
    h.markup("</ul>\n");
  }

  private static void typedReading(Html h, PanelState state, String measure) {
    Optional<ReadingView> reading = state.reading(measure);
    if (reading.isEmpty() || !state.asTyped()) {
      return;
    }
    ReadingView r = reading.get();
    h.element(
        "p",
        "This figure, "
            + r.figures()
            + ", reads as "
            + r.word()
            + " ("
            + r.band()
            + ")"
            + (r.straddles()
                ? "; its range reaches from " + r.lowestWord() + " to " + r.highestWord()
                : "")
            + ".",
        "class",
        "govuk-inset-text govuk-body-s",
        "id",
        "panel-reading");
  }

  private static void draft(Html h, Evaluation e) {
    if (e.draftGrade() == null) {
      return;
    }
    h.element(
        "p",
        "Your draft grade, " + e.draftGrade().label() + ": " + e.draftGrade().explanation(),
        "class",
        "govuk-body-s",
        "id",
        "panel-draft-grade");
  }

  private static void criteria(Html h, Evaluation e) {
    int grade = e.grade().value();
    for (GradeCriteria c : e.gradeCriteria()) {
      if (c.grade() == grade) {
        h.element("h3", c.label() + ": the criteria that hold", "class", "govuk-heading-s");
        list(h, c.met(), "qi-panel__holds");
      }
    }
    for (GradeCriteria c : e.gradeCriteria()) {
      if (c.grade() == grade + 1) {
        h.element(
            "h3",
            c.label()
                + ", the grade above: "
                + plural(c.unmet().size(), "criterion")
                + (c.unmet().size() == 1 ? " fails" : " fail"),
            "class",
            "govuk-heading-s");
        list(h, c.unmet(), "qi-panel__fails");
      }
    }
  }

  private static void list(Html h, List<CriterionResult> criteria, String kind) {
    h.open("ul", "class", "govuk-list govuk-list--bullet govuk-body-s " + kind);
    for (CriterionResult c : criteria) {
      h.markup("<li>")
          .text(c.text() + ". ")
          .element("span", c.explanation(), "class", "qi-panel__why")
          .markup("</li>");
    }
    h.markup("</ul>\n");
  }

  private static void warnings(Html h, List<Warning> warnings) {
    h.element("h3", "Boundary warnings (" + warnings.size() + ")", "class", "govuk-heading-s");
    if (warnings.isEmpty()) {
      h.element(
          "p",
          "None: every figure falls wholly within one standard word's band.",
          "class",
          "govuk-body-s");
      return;
    }
    h.markup("<ul class=\"govuk-list govuk-list--bullet govuk-body-s\" id=\"panel-warnings\">");
    warnings.forEach(w -> h.element("li", w.message()));
    h.markup("</ul>\n");
  }

  /**
   * When the evidence gives another grade than the draft's: the nearest few sets of changes that
   * would give the draft grade, each in words. Working them out evaluates the evidence many times,
   * so it is done for the draft's own page only; the panel redrawn as the inspector types on a
   * form's page points there instead.
   */
  private static void whatIfToDraft(
      Html h, String draftId, Evaluation e, List<WayToDraft> toReach) {
    if (!e.graded() || e.draftGrade() == null || e.draftGrade().value() == e.grade().value()) {
      return;
    }
    String draft = e.draftGrade().label();
    h.open("div", "id", "what-if-to-draft")
        .element("h3", "What would give your draft grade, " + draft, "class", "govuk-heading-s");
    if (toReach == null) {
      h.markup("<p class=\"govuk-body-s\">")
          .text("The nearest changes that would give " + draft + " are listed on ")
          .element(
              "a",
              "the draft's page",
              "class",
              "govuk-link",
              "href",
              EvidencePaths.of(EvidencePaths.DRAFT, draftId) + "#what-if-to-draft")
          .markup(".</p></div>\n");
      return;
    }
    if (toReach.isEmpty()) {
      h.element(
              "p",
              "No small set of changes of the figures and findings would give " + draft + ".",
              "class",
              "govuk-body-s")
          .markup("</div>\n");
      return;
    }
    h.element(
        "p",
        "The nearest "
            + (Math.min(WAYS_SHOWN, toReach.size()) == 1
                ? "change"
                : Math.min(WAYS_SHOWN, toReach.size()) + " sets of changes")
            + " of the "
            + toReach.size()
            + " found, nearest first:",
        "class",
        "govuk-body-s");
    h.open("ol", "class", "govuk-list govuk-list--number govuk-body-s");
    toReach.stream()
        .limit(WAYS_SHOWN)
        .forEach(way -> h.element("li", capitalised(way.sentence()) + "."));
    h.markup("</ol></div>\n");
  }

  private static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String plural(int n, String word) {
    String plural = word.equals("criterion") ? "criteria" : word + "s";
    return n + " " + (n == 1 ? word : plural);
  }
}

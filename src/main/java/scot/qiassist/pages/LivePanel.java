package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * and the problems that keep the values typed from counting. The page draws it (the templates
 * {@code drafting/live-panel.jte} and {@code drafting/panel-content.jte}); the evidence pages'
 * script asks {@code POST /evidence/{id}/panel} for it again as the inspector types.
 */
public final class LivePanel {

  /** The id of the panel's element, which the script fills with each new panel. */
  public static final String ID = "live-panel";

  /** How many of the smallest sets of changes that reach the draft grade the panel lists. */
  static final int WAYS_SHOWN = 3;

  private LivePanel() {}

  /**
   * What the panel shows, in words.
   *
   * @param path where the script asks for the panel again
   * @param typedProblems the problems of the values typed, each in words, or empty
   * @param elsewhere the draft's problems elsewhere, each a link and its words, or empty
   * @param evaluated whether the evidence could be evaluated: the rest is shown only then
   * @param reading what the figure being typed reads as, or null
   * @param draftGrade what the evidence says of the draft grade, or null
   * @param lacks what keeps the evidence from a grade, or null when graded
   * @param criteria the criteria of the grade given and of the grade above
   * @param whatIf the ways to the draft grade, or null when the draft grade is given or none
   */
  public record View(
      String path,
      String grade,
      String basis,
      String typedProblemsLead,
      List<String> typedProblems,
      String elsewhereLead,
      List<Map.Entry<String, String>> elsewhere,
      boolean evaluated,
      String reading,
      String draftGrade,
      List<String> lacks,
      List<Criteria> criteria,
      PointsChart.Chart chart,
      List<String> warnings,
      WhatIf whatIf) {}

  /** A heading and its criteria, each with why it holds or fails. */
  public record Criteria(String heading, String kind, List<CriterionResult> criteria) {}

  /**
   * The ways to the draft grade.
   *
   * @param draftPage the draft's page, where they are listed, when not worked out here; or null
   * @param lead the words before the list, or null when the draft page lists them
   */
  public record WhatIf(
      String heading, String draft, String draftPage, String lead, List<String> ways) {}

  /**
   * The panel's content, as {@code POST /evidence/{id}/panel} answers it: without the ways to the
   * draft grade, which take too long to work out on every key pressed.
   */
  public static String render(String draftId, PanelState state, String typedMeasure) {
    return PageTemplates.render(
        "drafting/panel-content.jte", view(draftId, state, typedMeasure, null));
  }

  /**
   * The panel's view.
   *
   * @param toReach the smallest sets of changes that would give the draft grade, worked out only
   *     for the draft's own page; null on the pages of a form, whose panel is redrawn as the
   *     inspector types
   */
  static View view(
      String draftId, PanelState state, String typedMeasure, List<WayToDraft> toReach) {
    Evaluation e = state.evaluation();
    return new View(
        EvidencePaths.of(EvidencePaths.PANEL, draftId),
        e == null
            ? "No grade yet"
            : e.graded()
                ? e.grade().label() + " (" + e.grade().value() + ")"
                : Evaluation.NOT_GRADED,
        basis(state),
        "The values typed have " + plural(state.typed().size(), "problem") + ":",
        state.typed().stream().map(p -> DraftFieldLabels.label(p) + ": " + p.message()).toList(),
        "The draft has "
            + plural(state.elsewhere().size(), "problem")
            + " to fix before it can be exported or submitted:",
        DraftPage.problemLinks("", draftId, state.elsewhere()),
        e != null,
        e == null ? null : typedReading(state, typedMeasure),
        e == null || e.draftGrade() == null
            ? null
            : "Your draft grade, " + e.draftGrade().label() + ": " + e.draftGrade().explanation(),
        e == null || e.graded()
            ? null
            : e.insufficient().stream()
                .map(g -> g.missing() + " To fill it: " + g.toFill())
                .toList(),
        e == null || !e.graded() ? List.of() : criteria(e),
        PointsChart.of(state.points(), "panel-points"),
        e == null ? List.of() : e.warnings().stream().map(Warning::message).toList(),
        e == null ? null : whatIf(draftId, e, toReach));
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

  private static String typedReading(PanelState state, String measure) {
    Optional<ReadingView> reading = state.reading(measure);
    if (reading.isEmpty() || !state.asTyped()) {
      return null;
    }
    ReadingView r = reading.get();
    return "This figure, "
        + r.figures()
        + ", reads as "
        + r.word()
        + " ("
        + r.band()
        + ")"
        + (r.straddles()
            ? "; its range reaches from " + r.lowestWord() + " to " + r.highestWord()
            : "")
        + ".";
  }

  private static List<Criteria> criteria(Evaluation e) {
    int grade = e.grade().value();
    List<Criteria> criteria = new ArrayList<>();
    for (GradeCriteria c : e.gradeCriteria()) {
      if (c.grade() == grade) {
        criteria.add(
            new Criteria(c.label() + ": the criteria that hold", "qi-panel__holds", c.met()));
      }
    }
    for (GradeCriteria c : e.gradeCriteria()) {
      if (c.grade() == grade + 1) {
        criteria.add(
            new Criteria(
                c.label()
                    + ", the grade above: "
                    + plural(c.unmet().size(), "criterion")
                    + (c.unmet().size() == 1 ? " fails" : " fail"),
                "qi-panel__fails",
                c.unmet()));
      }
    }
    return criteria;
  }

  /**
   * When the evidence gives another grade than the draft's: the nearest few sets of changes that
   * would give the draft grade, each in words. Working them out evaluates the evidence many times,
   * so it is done for the draft's own page only; the panel redrawn as the inspector types on a
   * form's page points there instead.
   */
  private static WhatIf whatIf(String draftId, Evaluation e, List<WayToDraft> toReach) {
    if (!e.graded() || e.draftGrade() == null || e.draftGrade().value() == e.grade().value()) {
      return null;
    }
    String draft = e.draftGrade().label();
    String heading = "What would give your draft grade, " + draft;
    if (toReach == null) {
      return new WhatIf(
          heading,
          draft,
          EvidencePaths.of(EvidencePaths.DRAFT, draftId) + "#what-if-to-draft",
          null,
          List.of());
    }
    if (toReach.isEmpty()) {
      return new WhatIf(
          heading,
          draft,
          null,
          "No small set of changes of the figures and findings would give " + draft + ".",
          List.of());
    }
    int shown = Math.min(WAYS_SHOWN, toReach.size());
    return new WhatIf(
        heading,
        draft,
        null,
        "The nearest "
            + (shown == 1 ? "change" : shown + " sets of changes")
            + " of the "
            + toReach.size()
            + " found, nearest first:",
        toReach.stream().limit(WAYS_SHOWN).map(w -> capitalised(w.sentence()) + ".").toList());
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

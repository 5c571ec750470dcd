package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evidence.Statement;
import scot.qiassist.storage.DecisionComment;

/**
 * Key messages by statement, each opening onto the evidence behind it: the figures, why (the
 * explanation of the rule that concluded it, filled with those figures) and the panel's comments on
 * it. The rule's id, file and line are under "How the rules decided" ({@link #rules}).
 */
final class KeyMessagesSection {

  private KeyMessagesSection() {}

  static void write(
      Html h,
      Evaluation e,
      Map<String, String> notes,
      List<DecisionComment> comments,
      boolean open) {
    h.element("h2", "Key messages", "class", "govuk-heading-l", "id", "key-messages");
    Map<String, ReadingView> readings =
        e.readings().stream()
            .collect(Collectors.toMap(ReadingView::measure, Function.identity(), (a, b) -> a));
    for (int s = 1; s <= 4; s++) {
      int statement = s;
      h.element("h3", "Statement " + s + ": " + Statement.title(s), "class", "govuk-heading-m");
      List<Judgement> messages =
          e.keyMessages().stream().filter(k -> k.statement() == statement).toList();
      if (messages.isEmpty()) {
        h.element(
            "p",
            "No key message: no rule found one in the evidence for this statement.",
            "class",
            "govuk-body");
      }
      for (Judgement k : messages) {
        message(h, k, explanation(e, k), readings, notes, comments, open);
      }
    }
  }

  private static void message(
      Html h,
      Judgement k,
      FiredRule fired,
      Map<String, ReadingView> readings,
      Map<String, String> notes,
      List<DecisionComment> comments,
      boolean open) {
    h.open("details", "class", "govuk-details qi-key-message", "open", open ? "open" : null)
        .markup(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
        .text(k.text())
        .markup("</span></summary>\n<div class=\"govuk-details__text\">");
    h.markup("<p class=\"govuk-body\">");
    tag(h, k.kind(), k.weight());
    h.markup("</p>");
    h.element("h4", "Evidence", "class", "govuk-heading-s");
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    k.evidence().forEach(line -> h.element("li", line));
    h.markup("</ul>");
    figures(h, k, readings, notes);
    h.element("h4", "Why", "class", "govuk-heading-s");
    h.element(
        "p",
        fired != null && fired.explanation() != null ? fired.explanation() : k.rule(),
        "class",
        "govuk-body");
    if (fired != null && fired.metadata().get("source") != null) {
      h.element("p", "Source: " + fired.metadata().get("source"), "class", "govuk-body-s");
    }
    comments(h, k, comments);
    h.markup("</div></details>\n");
  }

  /**
   * For "How the rules decided": each strength and area for improvement in the report (the key
   * messages and the areas) with the rule that concluded it: its name, id, file and line.
   */
  static void rules(Html h, List<Judgement> judgements, String heading) {
    if (judgements.isEmpty()) {
      return;
    }
    h.element("h3", heading, "class", "govuk-heading-s");
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    for (Judgement k : judgements) {
      h.markup("<li>").text(k.text() + ": " + k.rule() + " ");
      GradeSection.rule(h, k.ruleId(), k.file(), k.line());
      h.markup("</li>");
    }
    h.markup("</ul>\n");
  }

  static void tag(Html h, String kind, String weight) {
    boolean strength = "strength".equals(kind);
    h.element(
        "strong",
        weight + " " + kind.replace('-', ' '),
        "class",
        "govuk-tag "
            + (strength
                ? "govuk-tag--green"
                : "major".equals(weight) ? "govuk-tag--red" : "govuk-tag--orange"));
  }

  /** The readings of the measures the evidence lines name ("measure: figures ..."). */
  private static void figures(
      Html h, Judgement k, Map<String, ReadingView> readings, Map<String, String> notes) {
    List<ReadingView> used =
        k.evidence().stream()
            .map(
                line ->
                    line.contains(":")
                        ? readings.get(line.substring(0, line.indexOf(':')).strip())
                        : null)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (used.isEmpty()) {
      return;
    }
    h.element("h4", "Figures", "class", "govuk-heading-s");
    ReadingsTable.write(h, used, notes);
  }

  private static void comments(Html h, Judgement k, List<DecisionComment> comments) {
    List<DecisionComment> mine =
        comments.stream().filter(c -> c.keyMessage().equals(k.text())).toList();
    if (mine.isEmpty()) {
      return;
    }
    h.element("h4", "The panel's comments", "class", "govuk-heading-s");
    h.markup("<ul class=\"govuk-list govuk-list--bullet\">");
    mine.forEach(c -> h.element("li", c.text()));
    h.markup("</ul>");
  }

  /**
   * The firing that concluded this key message: same rule, same facts; else the rule's first
   * firing.
   */
  private static FiredRule explanation(Evaluation e, Judgement k) {
    List<FiredRule> byRule =
        e.firedRules().stream().filter(f -> f.ruleId().equals(k.ruleId())).toList();
    return byRule.stream()
        .filter(f -> f.facts().equals(k.evidence()))
        .findFirst()
        .orElse(byRule.isEmpty() ? null : byRule.get(0));
  }
}

package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.FiredRule;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evidence.Statement;
import scot.qiassist.storage.DecisionComment;

/**
 * Key messages by statement, each opening onto the evidence behind it: the figures, why (the
 * explanation of the rule that concluded it, filled with those figures) and the panel's comments on
 * it (template {@code panels/key-messages.jte}). The rule's id, file and line are under "How the
 * rules decided" ({@link #rules}).
 */
public final class KeyMessagesSection {

  private KeyMessagesSection() {}

  /** A statement with its key messages, or none. */
  public record StatementMessages(String heading, List<Message> messages) {}

  /**
   * A key message with the evidence behind it.
   *
   * @param figures the readings of the measures its evidence names
   * @param why the explanation of the rule that concluded it
   * @param source the framework or report the rule cites, or null
   * @param comments the panel's comments on it
   */
  public record Message(
      String text,
      Tag tag,
      List<String> evidence,
      List<ReadingsTable.Row> figures,
      String why,
      String source,
      List<String> comments) {}

  /** A finding's weight and kind as a GOV.UK tag: "major strength" in green. */
  public record Tag(String text, String classes) {}

  static List<StatementMessages> statements(
      Evaluation e, Map<String, String> notes, List<DecisionComment> comments) {
    Map<String, ReadingView> readings =
        e.readings().stream()
            .collect(Collectors.toMap(ReadingView::measure, Function.identity(), (a, b) -> a));
    return IntStream.rangeClosed(1, 4)
        .mapToObj(
            s ->
                new StatementMessages(
                    "Statement " + s + ": " + Statement.title(s),
                    e.keyMessages().stream()
                        .filter(k -> k.statement() == s)
                        .map(k -> message(k, explanation(e, k), readings, notes, comments))
                        .toList()))
        .toList();
  }

  private static Message message(
      Judgement k,
      FiredRule fired,
      Map<String, ReadingView> readings,
      Map<String, String> notes,
      List<DecisionComment> comments) {
    return new Message(
        k.text(),
        tag(k.kind(), k.weight()),
        k.evidence(),
        ReadingsTable.rows(figures(k, readings), notes),
        fired != null && fired.explanation() != null ? fired.explanation() : k.rule(),
        fired == null ? null : fired.metadata().get("source"),
        comments.stream()
            .filter(c -> c.keyMessage().equals(k.text()))
            .map(DecisionComment::text)
            .toList());
  }

  /**
   * For "How the rules decided": each strength and area for improvement in the report (the key
   * messages and the areas) with the rule that concluded it: its name, id, file and line.
   */
  static List<RuleLine> rules(List<Judgement> judgements) {
    return judgements.stream()
        .map(k -> RuleLine.of(k.text() + ": " + k.rule(), k.ruleId(), k.file(), k.line()))
        .toList();
  }

  static Tag tag(String kind, String weight) {
    boolean strength = "strength".equals(kind);
    return new Tag(
        weight + " " + kind.replace('-', ' '),
        "govuk-tag "
            + (strength
                ? "govuk-tag--green"
                : "major".equals(weight) ? "govuk-tag--red" : "govuk-tag--orange"));
  }

  /** The readings of the measures the evidence lines name ("measure: figures ..."). */
  private static List<ReadingView> figures(Judgement k, Map<String, ReadingView> readings) {
    return k.evidence().stream()
        .map(
            line ->
                line.contains(":")
                    ? readings.get(line.substring(0, line.indexOf(':')).strip())
                    : null)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
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

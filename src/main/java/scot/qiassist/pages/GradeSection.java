package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.grade.CriterionResult;

/**
 * The grade with why it is not higher and what keeps it above the grade below; the draft grade
 * (template {@code panels/grade.jte}).
 */
public final class GradeSection {

  private GradeSection() {}

  /**
   * The section.
   *
   * @param heading "Why Very good", or "Not graded"
   * @param summary the grade's reasons in a sentence
   * @param blocks the criteria that decide it, or what the evidence lacks, in order
   * @param lowest a sentence saying why the lowest grade has no grade below it, or null
   * @param draft the inspectors' draft grade, or null
   */
  public record View(
      String heading, String summary, List<Block> blocks, String lowest, Draft draft) {}

  /** A heading over a list: criteria, or what the evidence lacks. */
  public record Block(String heading, List<String> items) {}

  /** The inspectors' draft grade and, where they differ, what separates it from the rules'. */
  public record Draft(String title, String explanation, Block differs) {}

  static View view(Evaluation e) {
    List<Block> blocks = new ArrayList<>();
    if (!e.graded()) {
      blocks.add(
          new Block(
              "What the evidence lacks, and what would fill it",
              e.insufficient().stream()
                  .map(g -> g.missing() + " To fill it: " + g.toFill())
                  .toList()));
      return new View(Evaluation.NOT_GRADED, e.why().summary(), blocks, null, draft(e));
    }
    criteria(
            "Not higher, because these criteria of the grade above do not hold",
            e.why().notHigher())
        .ifPresent(blocks::add);
    String lowest = null;
    if (e.why().notLower().isEmpty()) {
      lowest = "Unsatisfactory is the lowest grade: the criteria of Weak do not all hold.";
    } else {
      criteria(
              "Not lower, because every criterion of " + e.grade().label() + " holds",
              e.why().notLower())
          .ifPresent(blocks::add);
    }
    return new View("Why " + e.grade().label(), e.why().summary(), blocks, lowest, draft(e));
  }

  private static Optional<Block> criteria(String heading, List<CriterionResult> criteria) {
    return criteria.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Block(heading, criteria.stream().map(CriterionResult::explanation).toList()));
  }

  /**
   * For "How the rules decided": each criterion the grade rests on, by its rule's name, with the
   * rule's id, file and line.
   */
  static List<RuleLine> rules(Evaluation e) {
    List<CriterionResult> all = new ArrayList<>();
    if (e.graded()) {
      all.addAll(e.why().notHigher());
      all.addAll(e.why().notLower());
    }
    if (e.draftGrade() != null) {
      e.draftGrade().reasons().stream().filter(r -> !all.contains(r)).forEach(all::add);
    }
    return all.stream()
        .map(
            c ->
                RuleLine.of(
                    c.text() + (c.met() ? ": holds" : ": does not hold"),
                    c.ruleId(),
                    c.file(),
                    c.line()))
        .toList();
  }

  private static Draft draft(Evaluation e) {
    if (e.draftGrade() == null) {
      return null;
    }
    var d = e.draftGrade();
    return new Draft(
        "The inspectors' draft grade: " + d.label() + " (" + d.verdict() + ")",
        d.explanation(),
        "agree".equals(d.verdict())
            ? null
            : criteria("What separates the two grades", d.reasons()).orElse(null));
  }
}

package scot.qiassist.pages;

import java.util.List;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.GradeParameters;

/**
 * What makes a finding major, important or minor, in the words of the six-point definitions
 * (report, appendix 1), with the points each weight counts for and the counts the grades ask for
 * quoted from the grade parameters table: a number changed there changes the guidance too.
 */
public final class WeightGuidance {

  private WeightGuidance() {}

  /** The weight's radios, each with what makes a strength of that weight. */
  static List<FormFields.Choice> choices(GradeParameters p) {
    return List.of(
        new FormFields.Choice(
            "major",
            "Major (" + points(p, Weight.MAJOR) + ")",
            "For a strength: " + strength(p, Weight.MAJOR)),
        new FormFields.Choice(
            "important",
            "Important (" + points(p, Weight.IMPORTANT) + ")",
            "For a strength: " + strength(p, Weight.IMPORTANT)),
        new FormFields.Choice(
            "minor",
            "Minor (" + points(p, Weight.MINOR) + ")",
            "For a strength: " + strength(p, Weight.MINOR)));
  }

  /**
   * What makes a strength, and an area for improvement, of each weight: "Major (3 points): ...".
   */
  public record Guidance(List<String> strengths, List<String> areas) {}

  /**
   * The guidance for both kinds, folded under the weights (the template {@code
   * drafting/weight-guidance.jte}).
   */
  static Guidance of(GradeParameters p) {
    List<Weight> weights = List.of(Weight.MAJOR, Weight.IMPORTANT, Weight.MINOR);
    return new Guidance(
        weights.stream().map(w -> label(p, w) + ": " + strength(p, w)).toList(),
        weights.stream().map(w -> label(p, w) + ": " + area(p, w)).toList());
  }

  static String strength(GradeParameters p, Weight w) {
    return switch (w) {
      case MAJOR ->
          "a significant positive impact on children and young people's experiences and outcomes, seen consistently across the partnership and sustained: what very good rests on (it needs major strengths in at least "
              + p.text("very-good-statements-with-major")
              + " statements, excellent in "
              + p.text("excellent-statements-with-major")
              + ").";
      case IMPORTANT ->
          "a clear positive impact, though not yet consistent across the partnership or not yet sustained: good needs a number of them (at least "
              + p.text("good-significant-strengths")
              + " strengths of important or major weight).";
      case MINOR ->
          "a positive impact in a narrow area, or too recent to judge: it counts, but seldom moves the grade.";
    };
  }

  static String area(GradeParameters p, Weight w) {
    return switch (w) {
      case MAJOR ->
          "a weakness in a critical aspect that compromises, or may compromise, children's welfare or safety: good allows at most "
              + p.text("good-major-areas")
              + "; one in statement 1, children's safety, leaves the grade unsatisfactory.";
      case IMPORTANT ->
          "a key area of performance that needs to improve, with a clear adverse impact on children's experiences: very good allows at most "
              + p.text("very-good-important-areas")
              + ".";
      case MINOR ->
          "a shortcoming with little adverse impact on children's experiences, often one the partnership already knows of.";
    };
  }

  private static String label(GradeParameters p, Weight w) {
    return Character.toUpperCase(w.id().charAt(0))
        + w.id().substring(1)
        + " ("
        + points(p, w)
        + ")";
  }

  private static String points(GradeParameters p, Weight w) {
    int n = p.points(w);
    return n + (n == 1 ? " point" : " points");
  }
}

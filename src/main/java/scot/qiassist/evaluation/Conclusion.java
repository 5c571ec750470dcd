package scot.qiassist.evaluation;

import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Weight;

/**
 * What a decision rule concludes: a strength or an area for improvement under one statement, with
 * its weight, the QI 2.1 aspect it bears on, and its text; some are key messages.
 *
 * <p>The text may hold placeholders such as {@code {staff.Word}}, filled from the facts the rule
 * matched when the result is written. The rule that inserted a conclusion is recorded by the
 * engine, so rules need not repeat their own ids.
 */
public record Conclusion(
    int statement, Kind kind, Weight weight, Aspect aspect, String text, boolean keyMessage) {

  public Conclusion {
    if (statement < 1 || statement > 4) {
      throw new IllegalArgumentException("a conclusion's statement must be 1-4, not " + statement);
    }
    if (kind == null || weight == null || text == null || text.isBlank()) {
      throw new IllegalArgumentException("a conclusion needs a kind, a weight and text");
    }
  }

  public static Conclusion strength(int statement, Weight weight, Aspect aspect, String text) {
    return new Conclusion(statement, Kind.STRENGTH, weight, aspect, text, false);
  }

  public static Conclusion areaForImprovement(
      int statement, Weight weight, Aspect aspect, String text) {
    return new Conclusion(statement, Kind.AREA_FOR_IMPROVEMENT, weight, aspect, text, false);
  }

  /** A strength read from a figure: its measure's statement, aspect and sentence. */
  public static Conclusion strength(Reading reading, Weight weight) {
    Measure m = reading.measureInfo();
    return strength(m.statement(), weight, m.aspect(), reading.sentence() + ".");
  }

  /** An area for improvement read from a figure: its measure's statement, aspect and sentence. */
  public static Conclusion areaForImprovement(Reading reading, Weight weight) {
    Measure m = reading.measureInfo();
    return areaForImprovement(m.statement(), weight, m.aspect(), reading.sentence() + ".");
  }

  /** An inspectors' finding, as it stands: its statement, kind, weight, aspect and text. */
  public static Conclusion from(Finding finding) {
    return new Conclusion(
        finding.statement(),
        finding.kind(),
        finding.weight(),
        finding.aspect(),
        Templates.literal(finding.text()),
        finding.keyMessage());
  }

  /** The same conclusion, put forward as a key message of its statement. */
  public Conclusion asKeyMessage() {
    return new Conclusion(statement, kind, weight, aspect, text, true);
  }

  public boolean isStrength() {
    return kind == Kind.STRENGTH;
  }
}

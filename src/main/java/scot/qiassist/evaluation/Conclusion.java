package scot.qiassist.evaluation;

import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Source;
import scot.qiassist.evidence.Weight;

/**
 * What a decision rule concludes: a strength or an area for improvement under one statement, with
 * its weight, the QI 2.1 aspect it bears on, and its text; some are key messages.
 *
 * <p>The text may hold placeholders such as {@code {staff.Word}}, filled from the facts the rule
 * matched when the result is written. The rule that inserted a conclusion is recorded by the
 * engine, so rules need not repeat their own ids.
 *
 * @param source where the figure it was read from came from (records read, a survey), or null for
 *     an inspectors' finding: the grade counts what the records read show
 * @param outstanding an inspectors' strength judged outstanding or sector leading
 */
public record Conclusion(
    int statement,
    Kind kind,
    Weight weight,
    Aspect aspect,
    String text,
    boolean keyMessage,
    Source source,
    boolean outstanding) {

  public Conclusion {
    if (statement < 1 || statement > 4) {
      throw new IllegalArgumentException("a conclusion's statement must be 1-4, not " + statement);
    }
    if (kind == null || weight == null || text == null || text.isBlank()) {
      throw new IllegalArgumentException("a conclusion needs a kind, a weight and text");
    }
  }

  public static Conclusion strength(int statement, Weight weight, Aspect aspect, String text) {
    return new Conclusion(statement, Kind.STRENGTH, weight, aspect, text, false, null, false);
  }

  public static Conclusion areaForImprovement(
      int statement, Weight weight, Aspect aspect, String text) {
    return new Conclusion(
        statement, Kind.AREA_FOR_IMPROVEMENT, weight, aspect, text, false, null, false);
  }

  /** A strength read from a figure: its measure's statement, aspect and sentence. */
  public static Conclusion strength(Reading reading, Weight weight) {
    return of(reading, Kind.STRENGTH.id()).weight(weight.id()).keyMessage("no");
  }

  /** An area for improvement read from a figure: its measure's statement, aspect and sentence. */
  public static Conclusion areaForImprovement(Reading reading, Weight weight) {
    return of(reading, Kind.AREA_FOR_IMPROVEMENT.id()).weight(weight.id()).keyMessage("no");
  }

  /**
   * The start of a conclusion read from a figure, as a row of a decision table writes it: {@code
   * Conclusion.of($reading, "strength").weight("major").aspect("secure").text("...")
   * .keyMessage("yes")}. Statement and source are the measure's; aspect and text default to the
   * measure's aspect and sentence.
   */
  public static Draft of(Reading reading, String kind) {
    Measure m = reading.measureInfo();
    return new Draft(
        reading, Kind.fromId(kind), Weight.MINOR, m.aspect(), reading.sentence() + ".");
  }

  /** An inspectors' finding, as it stands: its statement, kind, weight, aspect and text. */
  public static Conclusion from(Finding finding) {
    return new Conclusion(
        finding.statement(),
        finding.kind(),
        finding.weight(),
        finding.aspect(),
        Templates.literal(finding.text()),
        finding.keyMessage(),
        null,
        finding.outstanding());
  }

  /** The same conclusion, put forward as a key message of its statement. */
  public Conclusion asKeyMessage() {
    return new Conclusion(statement, kind, weight, aspect, text, true, source, outstanding);
  }

  public boolean isStrength() {
    return kind == Kind.STRENGTH;
  }

  /** Whether it was read from a figure of the records read. */
  public boolean fromRecordsRead() {
    return source == Source.RECORD_READING;
  }

  /**
   * A conclusion from a figure being written column by column, as a decision table row fills it.
   * Each value is checked where the table is read; the checks here only stop a bad value that got
   * past them.
   */
  public record Draft(Reading reading, Kind kind, Weight weight, Aspect aspect, String text) {

    public Draft weight(String id) {
      return new Draft(reading, kind, Weight.fromId(id), aspect, text);
    }

    public Draft aspect(String id) {
      return new Draft(reading, kind, weight, Aspect.fromId(id), text);
    }

    public Draft text(String sentence) {
      return new Draft(reading, kind, weight, aspect, sentence);
    }

    /** The conclusion, a key message ("yes") or not ("no"). */
    public Conclusion keyMessage(String yesOrNo) {
      if (!yesOrNo.equals("yes") && !yesOrNo.equals("no")) {
        throw new IllegalArgumentException("key message is yes or no, not '" + yesOrNo + "'");
      }
      Measure m = reading.measureInfo();
      return new Conclusion(
          m.statement(), kind, weight, aspect, text, yesOrNo.equals("yes"), m.source(), false);
    }
  }
}

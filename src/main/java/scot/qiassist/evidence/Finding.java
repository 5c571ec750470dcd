package scot.qiassist.evidence;

/**
 * An inspector's qualitative judgement that figures do not carry, such as "leaders had a clear
 * vision, understood by staff".
 *
 * @param statement the inspection statement it belongs to, 1-4
 * @param kind strength or area for improvement
 * @param weight how much it weighs
 * @param text the judgement in the inspector's words
 * @param aspect the QI 2.1 aspect it bears on, or null
 * @param keyMessage whether the inspector puts it forward as a key message
 * @param outstanding whether the inspectors judge this strength outstanding or sector leading (the
 *     mark of Excellent in appendix 1); only a strength can be
 */
public record Finding(
    int statement,
    Kind kind,
    Weight weight,
    String text,
    Aspect aspect,
    boolean keyMessage,
    boolean outstanding) {

  public Finding {
    if (statement < 1 || statement > 4 || kind == null || weight == null || text == null) {
      throw new IllegalArgumentException(
          "a finding needs a statement 1-4, a kind, a weight and text");
    }
    if (outstanding && kind != Kind.STRENGTH) {
      throw new IllegalArgumentException("only a strength can be outstanding");
    }
  }

  /** A finding not marked outstanding. */
  public Finding(
      int statement, Kind kind, Weight weight, String text, Aspect aspect, boolean keyMessage) {
    this(statement, kind, weight, text, aspect, keyMessage, false);
  }

  public boolean isStrength() {
    return kind == Kind.STRENGTH;
  }
}

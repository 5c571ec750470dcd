package scot.qiassist.drafting;

/**
 * One of the inspectors' findings in a draft, as typed: statement, kind, weight, aspect, the
 * finding in words, whether it is a key message, and for a strength whether it is outstanding.
 *
 * @param id its number within the draft, which does not change when other items come and go
 */
public record DraftFinding(
    int id,
    String statement,
    String kind,
    String weight,
    String aspect,
    String text,
    boolean keyMessage,
    boolean outstanding) {

  public DraftFinding {
    statement = Typed.text(statement);
    kind = Typed.text(kind);
    weight = Typed.text(weight);
    aspect = Typed.text(aspect);
    text = Typed.text(text);
  }

  public DraftFinding withId(int newId) {
    return new DraftFinding(newId, statement, kind, weight, aspect, text, keyMessage, outstanding);
  }
}

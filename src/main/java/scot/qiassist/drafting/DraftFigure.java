package scot.qiassist.drafting;

/**
 * One figure of a draft as the inspector typed it: the measure and one of count with of, percent,
 * or phrase, and a note. Values are kept as typed; the evidence reader checks them.
 *
 * @param id its number within the draft, which does not change when other items come and go
 */
public record DraftFigure(
    int id, String measure, String count, String of, String percent, String phrase, String note) {

  public DraftFigure {
    measure = Typed.text(measure);
    count = Typed.text(count);
    of = Typed.text(of);
    percent = Typed.text(percent);
    phrase = Typed.text(phrase);
    note = Typed.text(note);
  }

  public DraftFigure withId(int newId) {
    return new DraftFigure(newId, measure, count, of, percent, phrase, note);
  }
}

package scot.qiassist.wording;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five kinds of wording a check flags. */
public enum FlagKind {
  /** A standard word beside a figure outside its band: "most (95%)". */
  FIGURE_OUTSIDE_BAND("figure-outside-band", "Standard word and figure disagree"),
  /** A quantity for a measure whose evidence reads as another word. */
  DIFFERS_FROM_EVIDENCE("differs-from-evidence", "Differs from the evidence"),
  /** One measure described with two quantity words in two places. */
  TWO_WORDS_FOR_ONE_MEASURE("two-words-for-one-measure", "One measure, two words"),
  /** A quantity phrase that is not a standard term: "a significant number". */
  NON_STANDARD_PHRASE("non-standard-phrase", "Not a standard term"),
  /** A fraction or percentage in words beside a figure that disagrees: "two-thirds (58%)". */
  WORDS_AND_FIGURES_DISAGREE("words-and-figures-disagree", "Words and figures disagree");

  private final String id;
  private final String title;

  FlagKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}

package scot.qiassist.wording;

import scot.qiassist.terms.Interval;

/**
 * A quantity a sentence gives: a standard word, an informal phrase, a percentage in words or in
 * figures, a count ("45 of 60") or a non-standard phrase.
 *
 * @param first the index of its first token in the sentence
 * @param last the index of its last token
 * @param start its offset in the draft
 * @param end the offset after it
 * @param written the words as the draft has them
 * @param kind what kind of quantity it is
 * @param interval the whole percentages it stands for; null for a non-standard phrase
 * @param nonStandard the table row of a non-standard phrase, else null
 */
record Quantity(
    int first,
    int last,
    int start,
    int end,
    String written,
    Kind kind,
    Interval interval,
    NonStandardPhrase nonStandard) {

  enum Kind {
    STANDARD_WORD,
    PHRASE,
    PERCENT_IN_WORDS,
    PERCENT_IN_FIGURES,
    COUNT,
    NON_STANDARD;

    /** A figure: a percentage in figures or a count, against which words are checked. */
    boolean isFigure() {
      return this == PERCENT_IN_FIGURES || this == COUNT;
    }
  }

  /** The words as compared between places: lower case, hyphens as spaces. */
  String normalised() {
    return Words.normalise(written);
  }
}

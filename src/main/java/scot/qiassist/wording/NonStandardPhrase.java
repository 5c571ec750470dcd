package scot.qiassist.wording;

import scot.qiassist.terms.Band;

/**
 * A quantity phrase that is not a standard term, from {@code terms/non-standard-phrases.csv}.
 *
 * @param words the phrase, such as "nearly all"
 * @param readsAs the standard word it reads as, or null when it says nothing of the share's size
 * @param reason why it is flagged, in the policy team's words
 */
public record NonStandardPhrase(String words, Band readsAs, String reason) {

  public NonStandardPhrase {
    if (words == null || words.isBlank()) {
      throw new IllegalArgumentException("a non-standard phrase needs its words");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the phrase '" + words + "' needs a reason");
    }
  }
}

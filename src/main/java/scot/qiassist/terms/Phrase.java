package scot.qiassist.terms;

/**
 * An informal phrase for a share, as reports write them, and the range it stands for.
 *
 * @param words the phrase, such as "just under three-quarters"
 * @param interval the whole percentages the phrase stands for
 */
public record Phrase(String words, Interval interval) {

  public Phrase {
    if (words == null || words.isBlank()) {
      throw new IllegalArgumentException("a phrase needs its words");
    }
    if (interval == null) {
      throw new IllegalArgumentException("phrase '" + words + "' needs a range");
    }
    words = StandardWords.normalise(words);
  }
}

package scot.qiassist.terms;

/**
 * One standard word and the whole percentages it stands for, as a report prints them.
 *
 * @param word the standard word, such as "most"
 * @param lowest the lowest whole percent the word covers
 * @param highest the highest whole percent the word covers
 * @param rank the word's place on the scale, 0 for the lowest band
 */
public record Band(String word, int lowest, int highest, int rank) {

  public Band {
    if (word == null || word.isBlank()) {
      throw new IllegalArgumentException("a band needs a word");
    }
    if (lowest < 0 || highest > 100 || lowest > highest) {
      throw new IllegalArgumentException(
          "band '" + word + "': " + lowest + "% to " + highest + "% is not a range within 0-100%");
    }
  }

  public boolean contains(int wholePercent) {
    return wholePercent >= lowest && wholePercent <= highest;
  }

  /** The range in the words of the report: "75% up to 89%". */
  public String range() {
    return lowest == highest ? lowest + "%" : lowest + "% up to " + highest + "%";
  }
}

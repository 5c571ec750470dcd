package scot.qiassist.terms;

/**
 * What a phrase of a report stands for, as the rules read it: its range, and the standard word of
 * the band of its middle, with whether the range reaches into another band (a boundary warning).
 *
 * @param words the phrase, normalised: "about three-quarters"
 * @param kind "standard word", "phrase" (phrases.csv), "hedged" (hedges.csv) or "percentage"
 * @param lowest the lowest whole percent it stands for
 * @param highest the highest whole percent it stands for
 * @param word the standard word it reads as: the band of the range's middle
 * @param straddles whether the range reaches into a band other than its middle's
 */
public record PhraseMeaning(
    String words, String kind, int lowest, int highest, String word, boolean straddles) {

  static PhraseMeaning of(String words, String kind, Interval range, StandardWords scale) {
    Band middle = scale.bandOf(range.middle());
    boolean straddles = scale.bandOf(range.low()).rank() != scale.bandOf(range.high()).rank();
    return new PhraseMeaning(words, kind, range.low(), range.high(), middle.word(), straddles);
  }

  public Interval interval() {
    return new Interval(lowest, highest);
  }

  /** "'nearly all' (96%-99%: almost all)", or "'most' (75%-89%)" for a standard word. */
  public String described() {
    String range = interval().toString();
    return "'"
        + words
        + "' ("
        + range
        + (words.equals(word) ? "" : ": " + word)
        + (straddles ? ", across a band boundary" : "")
        + ")";
  }
}

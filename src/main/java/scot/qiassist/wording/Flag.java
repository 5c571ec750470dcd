package scot.qiassist.wording;

/**
 * One thing in a draft that reads against the standard words or the evidence.
 *
 * @param kind which of the five kinds it is
 * @param place where the words stand
 * @param sentence the sentence they stand in
 * @param found the words as the draft has them
 * @param why why they are flagged, with the figures and ranges behind it
 * @param suggestion the standard word to use instead
 * @param measure the measure the sentence was matched to, or null
 * @param confidence how sure that match is (0-1), or null
 */
public record Flag(
    FlagKind kind,
    Place place,
    String sentence,
    String found,
    String why,
    String suggestion,
    String measure,
    Double confidence) {}

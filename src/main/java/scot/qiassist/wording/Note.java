package scot.qiassist.wording;

/**
 * Something a reader may want to look at that is not sure enough to flag: most often a sentence
 * that may be about a measure whose evidence reads as another word, matched with low confidence.
 *
 * @param place where the words stand
 * @param sentence the sentence they stand in
 * @param found the words as the draft has them
 * @param note what may be wrong, and why it is only a note
 * @param measure the measure it may be about, or null
 * @param confidence how sure that match is (0-1), or null
 */
public record Note(
    Place place, String sentence, String found, String note, String measure, Double confidence) {}

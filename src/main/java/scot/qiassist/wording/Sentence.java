package scot.qiassist.wording;

/**
 * One sentence of a draft, by its offsets in the text.
 *
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param text the sentence as it reads, with line breaks as spaces
 */
record Sentence(int start, int end, String text) {}

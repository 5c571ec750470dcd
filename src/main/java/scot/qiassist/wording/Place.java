package scot.qiassist.wording;

/**
 * Where a flagged phrase stands in the draft.
 *
 * @param unit "line" for plain text and Markdown, "paragraph" for a Word document
 * @param number the line or paragraph, from 1
 * @param column the character within it, from 1
 * @param start the offset of the phrase in the whole text, from 0 (for marking it)
 * @param end the offset after the phrase
 */
public record Place(String unit, int number, int column, int start, int end) {

  /** "line 274, column 12" or "paragraph 9, column 3". */
  @Override
  public String toString() {
    return unit + " " + number + ", column " + column;
  }
}

package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a draft report and how its places are named: by line and column for plain text and
 * Markdown, by paragraph (and column within it) for a Word document, whose paragraphs are the lines
 * of {@code text}.
 *
 * <p>It has a name (the file's, or "text" when it was pasted), the whole text, and whether each
 * line is a Word paragraph (each ends its sentence).
 */
public final class Draft {

  private final String name;
  private final String text;
  private final boolean paragraphs;
  private final int[] lineStarts;

  public Draft(String name, String text, boolean paragraphs) {
    if (name == null || text == null) {
      throw new IllegalArgumentException("a draft needs a name and its text");
    }
    this.name = name;
    this.text = text;
    this.paragraphs = paragraphs;
    this.lineStarts = lineStarts(text);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public boolean paragraphs() {
    return paragraphs;
  }

  /** Where an offset of the text stands: its line (or paragraph) and column, both from 1. */
  public Place place(int start, int end) {
    int[] starts = lineStarts;
    int i = Arrays.binarySearch(starts, start);
    int line = i >= 0 ? i : -i - 2;
    return new Place(
        paragraphs ? "paragraph" : "line", line + 1, start - starts[line] + 1, start, end);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}

package scot.qiassist.wording;

/** A wording report as plain text for a terminal: each flag with its place, then the notes. */
public final class WordingText {

  private WordingText() {}

  public static String render(WordingReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Wording check of ")
        .append(report.draft())
        .append(": ")
        .append(count(report.flags().size(), "flag"))
        .append(", ")
        .append(count(report.notes().size(), "note"))
        .append(" (")
        .append(report.sentences())
        .append(" sentences, ")
        .append(report.quantities())
        .append(" quantities, ")
        .append(report.matched())
        .append(" matched to a measure)\n");
    int n = 1;
    for (Flag f : report.flags()) {
      out.append('\n')
          .append(n++)
          .append(". ")
          .append(f.place())
          .append(": ")
          .append(f.kind().title())
          .append('\n');
      out.append("   found:      '").append(f.found()).append("'\n");
      out.append("   why:        ").append(f.why()).append('\n');
      out.append("   suggestion: ").append(f.suggestion()).append('\n');
      if (f.measure() != null) {
        out.append("   measure:    ")
            .append(f.measure())
            .append(" (confidence ")
            .append(f.confidence())
            .append(")\n");
      }
      out.append("   sentence:   ").append(f.sentence()).append('\n');
    }
    if (!report.notes().isEmpty()) {
      out.append("\nNotes (not flagged):\n");
      for (Note note : report.notes()) {
        out.append("\n- ")
            .append(note.place())
            .append(", '")
            .append(note.found())
            .append("': ")
            .append(note.note())
            .append('\n');
        out.append("  sentence: ").append(note.sentence()).append('\n');
      }
    }
    if (report.flags().isEmpty()) {
      out.append("\nEvery quantity word agrees with the standard words and the evidence.\n");
    }
    return out.toString();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.wording.Draft;
import scot.qiassist.wording.Flag;
import scot.qiassist.wording.Note;
import scot.qiassist.wording.WordingReport;

/**
 * What a wording check found (the template {@code wording/result.jte}), with the draft's text below
 * and each flagged phrase marked in it: a {@code <mark>} that the keyboard reaches (tabindex 0),
 * whose reason is its accessible description and is shown beside it on focus or hover by the
 * stylesheet alone.
 */
public final class WordingResultPage {

  private WordingResultPage() {}

  /**
   * What the page shows.
   *
   * @param lead what was checked against what
   * @param summary the counts, each a key and its value
   * @param notes the possible matches too weak to flag, each in words
   * @param text the draft's text, in pieces: plain, or marked as flagged
   */
  public record View(
      PageContext context,
      String title,
      String lead,
      List<SummaryRow> summary,
      List<FlagItem> flags,
      List<String> notes,
      List<Piece> text) {}

  /** A row of the summary. */
  public record SummaryRow(String key, String value) {}

  /**
   * A flag as the list shows it: where and what, its kind, why and what to write instead.
   *
   * @param href the mark of its words in the draft below
   */
  public record FlagItem(String href, String found, String kind, String why, String suggested) {}

  /**
   * A piece of the draft's text.
   *
   * @param mark the number of the first flag on these words, or 0 for words not flagged
   * @param why the flags' reasons, for a marked piece
   * @param others the numbers of the other flags on the same words, each an anchor of its own
   */
  public record Piece(String words, int mark, String why, List<Integer> others) {}

  /**
   * The page.
   *
   * @param against what the draft was checked against, in words: "the evaluation ..."
   */
  public static String render(
      PageContext context, Draft draft, WordingReport report, String against) {
    return PageTemplates.render(
        "wording/result.jte",
        new View(
            context,
            "Wording check of " + report.draft(),
            report.draft() + ", checked against " + against + ". Nothing was stored.",
            summary(report),
            flags(report.flags()),
            report.notes().stream().map(WordingResultPage::note).toList(),
            pieces(draft, report.flags())));
  }

  private static List<SummaryRow> summary(WordingReport report) {
    return List.of(
        new SummaryRow("Flags", String.valueOf(report.flags().size())),
        new SummaryRow("Notes (not flagged)", String.valueOf(report.notes().size())),
        new SummaryRow("Sentences", String.valueOf(report.sentences())),
        new SummaryRow(
            "Quantities found",
            report.quantities() + ", of which " + report.matched() + " matched to a measure"));
  }

  private static List<FlagItem> flags(List<Flag> flags) {
    List<FlagItem> items = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      Flag f = flags.get(i);
      items.add(
          new FlagItem(
              "#flag-" + (i + 1),
              f.place() + ", '" + f.found() + "'",
              f.kind().title(),
              f.why(),
              "Suggested: " + f.suggestion()));
    }
    return items;
  }

  private static String note(Note n) {
    return n.place() + ", '" + n.found() + "': " + n.note();
  }

  /** The text in pieces, with one mark per flagged span (flags on the same words share it). */
  private static List<Piece> pieces(Draft draft, List<Flag> flags) {
    String text = draft.text();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    int i = 0;
    while (i < flags.size()) {
      Flag first = flags.get(i);
      List<Integer> same = new ArrayList<>();
      int j = i;
      while (j < flags.size() && flags.get(j).place().start() == first.place().start()) {
        same.add(j + 1);
        j++;
      }
      if (first.place().start() >= at) {
        pieces.add(new Piece(text.substring(at, first.place().start()), 0, null, List.of()));
        pieces.add(
            new Piece(
                text.substring(first.place().start(), first.place().end()),
                same.get(0),
                why(flags, same),
                same.subList(1, same.size())));
        at = first.place().end();
      }
      i = j;
    }
    pieces.add(new Piece(text.substring(at), 0, null, List.of()));
    return pieces;
  }

  private static String why(List<Flag> flags, List<Integer> numbers) {
    StringBuilder why = new StringBuilder();
    for (int k : numbers) {
      Flag f = flags.get(k - 1);
      why.append("Flag ")
          .append(k)
          .append(", ")
          .append(f.kind().title())
          .append(": ")
          .append(f.why())
          .append(" Suggested: ")
          .append(f.suggestion())
          .append(' ');
    }
    return why.toString().strip();
  }
}

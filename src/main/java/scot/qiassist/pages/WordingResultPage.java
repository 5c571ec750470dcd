package scot.qiassist.pages;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.wording.Draft;
import scot.qiassist.wording.Flag;
import scot.qiassist.wording.Note;
import scot.qiassist.wording.WordingReport;

/**
 * What a wording check found, with the draft's text below and each flagged phrase marked in it: a
 * {@code <mark>} that the keyboard reaches (tabindex 0), whose reason is its accessible description
 * and is shown beside it on focus or hover by the stylesheet alone.
 */
public final class WordingResultPage {

  private WordingResultPage() {}

  /**
   * The page.
   *
   * @param against what the draft was checked against, in words: "the evaluation ..."
   */
  public static String render(
      PageContext context, Draft draft, WordingReport report, String against) {
    return Layout.page(
        "Wording check of " + report.draft(),
        context,
        false,
        h -> {
          h.element("h1", "Wording check", "class", "govuk-heading-xl");
          h.element(
              "p",
              report.draft() + ", checked against " + against + ". Nothing was stored.",
              "class",
              "govuk-body-l");
          summary(h, report);
          flags(h, report.flags());
          notes(h, report.notes());
          h.element(
              "h2", "The draft, with each flag marked", "class", "govuk-heading-l", "id", "draft");
          h.markup(
              "<p class=\"govuk-body\">Move to a marked phrase with the Tab key, or point at it, to read why it is flagged.</p>\n");
          text(h, draft, report.flags());
          h.markup("<p class=\"govuk-body\">")
              .element("a", "Check another draft", "class", "govuk-link", "href", WordingPage.PATH)
              .markup("</p>\n");
        });
  }

  private static void summary(Html h, WordingReport report) {
    h.markup("<dl class=\"govuk-summary-list\">");
    row(h, "Flags", String.valueOf(report.flags().size()));
    row(h, "Notes (not flagged)", String.valueOf(report.notes().size()));
    row(h, "Sentences", String.valueOf(report.sentences()));
    row(
        h,
        "Quantities found",
        report.quantities() + ", of which " + report.matched() + " matched to a measure");
    h.markup("</dl>\n");
  }

  private static void row(Html h, String key, String value) {
    h.markup("<div class=\"govuk-summary-list__row\">")
        .element("dt", key, "class", "govuk-summary-list__key")
        .element("dd", value, "class", "govuk-summary-list__value")
        .markup("</div>");
  }

  private static void flags(Html h, List<Flag> flags) {
    h.element("h2", "Flags", "class", "govuk-heading-l");
    if (flags.isEmpty()) {
      h.element(
          "p",
          "Nothing is flagged: every quantity word agrees with the standard words and the evidence.",
          "class",
          "govuk-body");
      return;
    }
    h.markup("<ol class=\"govuk-list govuk-list--number\">");
    for (int i = 0; i < flags.size(); i++) {
      Flag f = flags.get(i);
      h.markup("<li>")
          .open("a", "class", "govuk-link", "href", "#flag-" + (i + 1))
          .text(f.place() + ", '" + f.found() + "'")
          .close("a")
          .markup(": ")
          .element("strong", f.kind().title())
          .markup("<br>")
          .text(f.why())
          .markup("<br>")
          .text("Suggested: " + f.suggestion())
          .markup("</li>");
    }
    h.markup("</ol>\n");
  }

  private static void notes(Html h, List<Note> notes) {
    if (notes.isEmpty()) {
      return;
    }
    h.open("details", "class", "govuk-details")
        .markup(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
        .text("Notes: " + notes.size() + " possible matches too weak to flag")
        .markup(
            "</span></summary><div class=\"govuk-details__text\"><ul class=\"govuk-list govuk-list--bullet\">");
    for (Note n : notes) {
      h.element("li", n.place() + ", '" + n.found() + "': " + n.note());
    }
    h.markup("</ul></div></details>\n");
  }

  /** The text, escaped, with one mark per flagged span (flags on the same words share it). */
  private static void text(Html h, Draft draft, List<Flag> flags) {
    String text = draft.text();
    h.markup("<div class=\"qi-draft govuk-body\">");
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
        h.text(text.substring(at, first.place().start()));
        mark(h, text.substring(first.place().start(), first.place().end()), flags, same);
        at = first.place().end();
      }
      i = j;
    }
    h.text(text.substring(at));
    h.markup("</div>\n");
  }

  private static void mark(Html h, String words, List<Flag> flags, List<Integer> numbers) {
    int n = numbers.get(0);
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
    h.open(
            "mark",
            "class",
            "qi-flag",
            "id",
            "flag-" + n,
            "tabindex",
            "0",
            "aria-describedby",
            "flag-" + n + "-why")
        .text(words)
        .close("mark")
        .open("span", "class", "qi-flag__why", "id", "flag-" + n + "-why")
        .text(why.toString().strip())
        .close("span");
    for (int k : numbers.subList(1, numbers.size())) {
      h.open("span", "id", "flag-" + k).close("span");
    }
  }
}

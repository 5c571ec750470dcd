package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a draft into sentences. A sentence ends at '.', '!' or '?' before a space, at a Markdown
 * heading, list item or table row, and at a blank line, except when the text after the blank line
 * goes on in lower case: text copied from a PDF breaks sentences across blank lines ("the initial
 * multi-agency response" / "to concerns, ..." in the reference report). In a Word document every
 * paragraph ends its sentence.
 */
final class Sentences {

  private static final Pattern BLOCK_START = Pattern.compile("^\\s*(#|[-*+>|]\\s|\\d+[.)]\\s)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "cf", "approx");

  private Sentences() {}

  static List<Sentence> of(Draft draft) {
    String text = draft.text();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        add(sentences, text, start, i + 1);
        start = i + 1;
      } else if (c == '\n' && breaksAt(draft, text, i)) {
        add(sentences, text, start, i);
        start = i + 1;
      }
      i++;
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  private static boolean endsSentence(String text, int i) {
    int next = i + 1;
    while (next < text.length() && "\"')]\u201d\u2019*_".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
    return !ABBREVIATIONS.contains(word.replace("(", ""));
  }

  private static boolean breaksAt(Draft draft, String text, int newline) {
    if (draft.paragraphs()) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
    if (BLOCK_START.matcher(text.substring(lineStart, newline)).find()
        && text.substring(lineStart, newline).stripLeading().startsWith("#")) {
      return true;
    }
    int next = newline + 1;
    boolean blank = false;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      if (text.charAt(next) == '\n') {
        blank = true;
      }
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    int nextEnd = text.indexOf('\n', next);
    String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
    if (BLOCK_START.matcher(nextLine).find()) {
      return true;
    }
    return blank && !Character.isLowerCase(text.charAt(next));
  }

  private static void add(List<Sentence> sentences, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      sentences.add(
          new Sentence(from, to, SPACES.matcher(text.substring(from, to)).replaceAll(" ")));
    }
  }
}

package scot.qiassist.wording;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the wording check compares words: lower case, hyphens as spaces, and a light stem so that
 * "records" and "record", "listened" and "listen", "agreed" and "agree" are the same word.
 */
final class Words {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2013]+");

  /**
   * Words that say nothing about which measure a sentence is about. The quantity words themselves
   * are never part of a sentence's description either: they are what is being checked.
   */
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
          "but", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
          "they", "them", "their", "there", "we", "our", "us", "he", "she", "his", "her", "was",
          "were", "is", "are", "be", "been", "being", "had", "has", "have", "did", "do", "does",
          "not", "as", "so", "than", "then", "if", "when", "what", "also", "any", "some", "would",
          "could", "should", "can", "may", "might", "will", "said", "told", "about", "into", "out",
          "up", "how", "one", "both", "either", "such", "very", "more", "less", "all", "most", "no",
          "few", "none", "time", "i", "you", "me", "my", "your", "word");

  private Words() {}

  /** Lower case, single spaces, hyphens as spaces: "Two-thirds" and "two thirds" alike. */
  static String normalise(String text) {
    return SEPARATORS
        .matcher(text.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\''))
        .replaceAll(" ");
  }

  static boolean isStop(String lowerWord) {
    return STOP.contains(lowerWord);
  }

  /** Every word of a phrase stemmed, joined by spaces: "young people" as "young people". */
  static String stemPhrase(String phrase) {
    return Arrays.stream(normalise(phrase).split(" "))
        .filter(w -> !w.isEmpty())
        .map(Words::stem)
        .collect(Collectors.joining(" "));
  }

  /** A light suffix stripper: enough for the catalogue's words, not a full stemmer. */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ed") && w.length() > 4) {
      w = w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2));
    } else if (w.endsWith("ly") && w.length() > 5) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}

package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.Modifier;
import scot.qiassist.terms.Phrase;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.WholePercent;

/**
 * Finds the quantities of a sentence, reading each through the rule set's phrase book: standard
 * words, the phrases of phrases.csv, percentages (after a modifier of percentage-modifiers.csv or
 * none), counts, and the non-standard phrases of the wording table. The longest reading wins.
 */
final class QuantityFinder {

  /**
   * One-word quantities that are also ordinary English ("the most deprived", "at all levels", "no
   * evidence"): read as a quantity only when a sample follows ("most staff", "all the records"),
   * "of" follows ("most of the records"), or, for the words reports use as pronouns, a verb does
   * ("most were held").
   */
  private static final Set<String> NEEDS_CONTEXT =
      Set.of("most", "all", "no", "none", "few", "half", "many", "majority");

  private static final Set<String> NOT_AFTER = Set.of("the", "at", "a", "an", "or", "of");
  private static final Set<String> PRONOUN_VERBS =
      Set.of(
          "were",
          "was",
          "had",
          "have",
          "said",
          "told",
          "felt",
          "agreed",
          "knew",
          "received",
          "responded",
          "reported",
          "contained",
          "did",
          "could",
          "would",
          "believed",
          "expressed");
  private static final int SAMPLE_WITHIN = 4;

  private final WordingTerms terms;
  private final Map<String, Entry> entries = new HashMap<>();
  private final List<List<String>> modifiers = new ArrayList<>();

  /** The first word of every phrase and modifier: most tokens start none, and are passed over. */
  private final Set<String> firstWords = new java.util.HashSet<>();

  private int longest = 1;

  /** A phrase the finder knows, by its words. */
  private record Entry(Quantity.Kind kind, Interval interval, NonStandardPhrase nonStandard) {}

  QuantityFinder(WordingTerms terms) {
    this.terms = terms;
    PhraseBook book = terms.phraseBook();
    for (Band b : terms.standardWords().bands()) {
      put(
          b.word(),
          new Entry(Quantity.Kind.STANDARD_WORD, new Interval(b.lowest(), b.highest()), null));
    }
    for (Phrase p : book.phrases()) {
      put(p.words(), new Entry(Quantity.Kind.PHRASE, p.interval(), null));
    }
    for (NonStandardPhrase n : terms.nonStandard()) {
      put(n.words(), new Entry(Quantity.Kind.NON_STANDARD, null, n));
    }
    for (Modifier m : book.modifiers()) {
      modifiers.add(List.of(Words.normalise(m.words()).split(" ")));
      firstWords.add(Words.normalise(m.words()).split(" ")[0]);
    }
  }

  private void put(String words, Entry entry) {
    String key = Words.normalise(words);
    entries.putIfAbsent(key, entry);
    firstWords.add(key.split(" ")[0]);
    longest = Math.max(longest, key.split(" ").length);
  }

  List<Quantity> find(String text, List<Token> tokens) {
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int at = i;
      Optional<Quantity> q =
          percentage(text, tokens, at)
              .or(() -> count(text, tokens, at))
              .or(() -> phrase(text, tokens, at));
      if (q.isPresent()) {
        if (!quoted(text, q.get()) && !(at > 0 && tokens.get(at - 1).is("not"))) {
          found.add(q.get());
        }
        i = q.get().last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * Whether the words are quoted, as a definition quotes them ("'few' means up to 14%"): a mention
   * of the word, not a use of it. "Not all" and the like are left alone too: they deny a word and
   * give no other.
   */
  private static boolean quoted(String text, Quantity q) {
    String quotes = "'\"\u2018\u2019\u201c\u201d";
    return q.start() > 0
        && q.end() < text.length()
        && quotes.indexOf(text.charAt(q.start() - 1)) >= 0
        && quotes.indexOf(text.charAt(q.end())) >= 0;
  }

  private Optional<Quantity> percentage(String text, List<Token> tokens, int i) {
    int longestModifier = 0;
    String modifier = "";
    for (List<String> m :
        firstWords.contains(tokens.get(i).lower()) ? modifiers : List.<List<String>>of()) {
      if (m.size() > longestModifier && matches(tokens, i, m)) {
        longestModifier = m.size();
        modifier = String.join(" ", m);
      }
    }
    int at = i + longestModifier;
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    PhraseBook book = terms.phraseBook();
    String prefix = modifier.isEmpty() ? "" : modifier + " ";
    Token number = tokens.get(at);
    if (number.type() == Token.Type.NUMBER) {
      int end = percentSign(tokens, at + 1);
      if (end < 0) {
        return Optional.empty();
      }
      double value = Double.parseDouble(number.lower().replace(",", ""));
      if (value > 100) {
        return Optional.empty();
      }
      return book.interpret(prefix + WholePercent.of(value) + "%")
          .map(
              interval ->
                  quantity(text, tokens, i, end, Quantity.Kind.PERCENT_IN_FIGURES, interval, null));
    }
    for (int words = 3; words >= 1; words--) {
      if (at + words > tokens.size()) {
        continue;
      }
      int end = percentSign(tokens, at + words);
      if (end < 0 || !allWords(tokens, at, words)) {
        continue;
      }
      Optional<Interval> read = book.interpret(prefix + joined(tokens, at, words) + " percent");
      if (read.isPresent()) {
        return Optional.of(
            quantity(text, tokens, i, end, Quantity.Kind.PERCENT_IN_WORDS, read.get(), null));
      }
    }
    return Optional.empty();
  }

  /** The index of the last token of "%", "percent" or "per cent" at {@code at}, or -1. */
  private static int percentSign(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(at);
    if (t.type() == Token.Type.PERCENT_SIGN || t.is("percent")) {
      return at;
    }
    if (t.is("per") && at + 1 < tokens.size() && tokens.get(at + 1).is("cent")) {
      return at + 1;
    }
    return -1;
  }

  /** "45 of 60", "45 out of 60", "45 of the 60". */
  private Optional<Quantity> count(String text, List<Token> tokens, int i) {
    if (tokens.get(i).type() != Token.Type.NUMBER) {
      return Optional.empty();
    }
    int at = i + 1;
    if (at < tokens.size() && tokens.get(at).is("out")) {
      at++;
    }
    if (at >= tokens.size() || !tokens.get(at).is("of")) {
      return Optional.empty();
    }
    at++;
    if (at < tokens.size() && tokens.get(at).is("the")) {
      at++;
    }
    if (at >= tokens.size() || tokens.get(at).type() != Token.Type.NUMBER) {
      return Optional.empty();
    }
    double count = Double.parseDouble(tokens.get(i).lower().replace(",", ""));
    double of = Double.parseDouble(tokens.get(at).lower().replace(",", ""));
    if (of <= 0 || count > of || count != Math.rint(count) || of != Math.rint(of)) {
      return Optional.empty();
    }
    Interval point = Interval.point(WholePercent.of((int) count, (int) of));
    return Optional.of(quantity(text, tokens, i, at, Quantity.Kind.COUNT, point, null));
  }

  private Optional<Quantity> phrase(String text, List<Token> tokens, int i) {
    if (!firstWords.contains(tokens.get(i).lower())) {
      return Optional.empty();
    }
    for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
      if (!allWords(tokens, i, n)) {
        continue;
      }
      String key = joined(tokens, i, n);
      Entry entry = entries.get(key);
      if (entry == null || (n == 1 && NEEDS_CONTEXT.contains(key) && !asQuantity(tokens, i))) {
        continue;
      }
      return Optional.of(
          quantity(
              text, tokens, i, i + n - 1, entry.kind(), entry.interval(), entry.nonStandard()));
    }
    return Optional.empty();
  }

  private boolean asQuantity(List<Token> tokens, int i) {
    if (i > 0) {
      Token before = tokens.get(i - 1);
      if (before.type() == Token.Type.NUMBER
          || before.type() == Token.Type.PERCENT_SIGN
          || NOT_AFTER.contains(before.lower())) {
        return false;
      }
    }
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.is("of")) {
      return !(i + 3 < tokens.size()
          && tokens.get(i + 2).is("the")
          && tokens.get(i + 3).is("time"));
    }
    if (PRONOUN_VERBS.contains(next.lower())) {
      return true;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + SAMPLE_WITHIN; j++) {
      if (!tokens.get(j).isWord()) {
        return false;
      }
      if (!terms.sourcesOf(Words.stem(tokens.get(j).lower())).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(i + k).is(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allWords(List<Token> tokens, int i, int n) {
    for (int k = i; k < i + n; k++) {
      if (!tokens.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  private static String joined(List<Token> tokens, int i, int n) {
    StringBuilder s = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      if (k > i) {
        s.append(' ');
      }
      s.append(tokens.get(k).lower());
    }
    return s.toString();
  }

  private static Quantity quantity(
      String text,
      List<Token> tokens,
      int first,
      int last,
      Quantity.Kind kind,
      Interval interval,
      NonStandardPhrase nonStandard) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Quantity(
        first, last, start, end, text.substring(start, end), kind, interval, nonStandard);
  }
}

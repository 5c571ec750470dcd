package scot.qiassist.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words a report uses for a share into the range of percentages they stand for.
 *
 * <p>Three kinds of words are understood: the standard words (their band), the informal phrases of
 * the phrase table, and percentages in figures or words ("88%", "eighty-eight percent"), optionally
 * after a modifier from the modifier table ("just over 40%").
 */
public final class PhraseBook {

  private static final Pattern PERCENTAGE = Pattern.compile("^(.+?) ?(?:%|percent|per cent)$");

  private final StandardWords standardWords;
  private final Map<String, Phrase> phrases;
  private final Map<String, Modifier> modifiers;
  private final HedgedPhrases hedged;
  private final List<PhraseMeaning> accepted;

  private PhraseBook(
      StandardWords standardWords,
      Map<String, Phrase> phrases,
      Map<String, Modifier> modifiers,
      HedgedPhrases hedged) {
    this.standardWords = standardWords;
    this.phrases = phrases;
    this.modifiers = modifiers;
    this.hedged = hedged;
    this.accepted = acceptedPhrases();
  }

  /** A phrase book without hedges: "about three-quarters" is not read. */
  public static PhraseBook of(
      StandardWords standardWords, List<Phrase> phrases, List<Modifier> modifiers) {
    return of(standardWords, phrases, modifiers, List.of(), List.of());
  }

  /**
   * @throws IllegalArgumentException when a phrase or modifier is listed twice or a phrase repeats
   *     a standard word (whose range the standard-word table already fixes), or a hedge or a
   *     fraction is listed twice
   */
  public static PhraseBook of(
      StandardWords standardWords,
      List<Phrase> phrases,
      List<Modifier> modifiers,
      List<Hedge> hedges,
      List<Fraction> fractions) {
    Map<String, Phrase> byWords = new LinkedHashMap<>();
    for (Phrase p : phrases) {
      if (standardWords.find(p.words()).isPresent()) {
        throw new IllegalArgumentException(
            "'" + p.words() + "' is a standard word: its range is set in the standard-word table");
      }
      if (byWords.put(p.words(), p) != null) {
        throw new IllegalArgumentException("the phrase '" + p.words() + "' is listed twice");
      }
    }
    Map<String, Modifier> byModifier = new LinkedHashMap<>();
    for (Modifier m : modifiers) {
      if (byModifier.put(m.words(), m) != null) {
        throw new IllegalArgumentException("the modifier '" + m.words() + "' is listed twice");
      }
    }
    return new PhraseBook(
        standardWords, byWords, byModifier, HedgedPhrases.of(standardWords, hedges, fractions));
  }

  /**
   * The range a report's words stand for: a standard word, a phrase of the phrase table, a
   * percentage (after a modifier or none), or a hedge before a fraction or a standard word.
   */
  public Optional<Interval> interpret(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String words = StandardWords.normalise(text);
    return listedRange(words).or(() -> hedged.interpret(words));
  }

  /** What the words stand for and the standard word they read as; empty when not understood. */
  public Optional<PhraseMeaning> meaning(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String words = StandardWords.normalise(text);
    Optional<Interval> listed = listedRange(words);
    if (listed.isPresent()) {
      return Optional.of(PhraseMeaning.of(words, kind(words), listed.get(), standardWords));
    }
    return hedged
        .interpret(words)
        .map(range -> PhraseMeaning.of(words, "hedged", range, standardWords));
  }

  /**
   * The range of a standard word, a phrase of the phrase table or a percentage, without hedges:
   * what the report-wording tables may not list again as non-standard.
   */
  public Optional<Interval> listed(String text) {
    return text == null ? Optional.empty() : listedRange(StandardWords.normalise(text));
  }

  private String kind(String words) {
    if (standardWords.find(words).isPresent()) {
      return "standard word";
    }
    return phrases.containsKey(words) ? "phrase" : "percentage";
  }

  private Optional<Interval> listedRange(String words) {
    Optional<Band> band = standardWords.find(words);
    if (band.isPresent()) {
      return Optional.of(new Interval(band.get().lowest(), band.get().highest()));
    }
    Phrase phrase = phrases.get(words);
    if (phrase != null) {
      return Optional.of(phrase.interval());
    }
    return percentage(words);
  }

  private Optional<Interval> percentage(String words) {
    Matcher m = PERCENTAGE.matcher(words);
    if (!m.matches()) {
      return Optional.empty();
    }
    String amount = m.group(1).trim();
    OptionalInt plain = NumberWords.parse(amount);
    if (plain.isPresent()) {
      return Optional.of(Interval.point(plain.getAsInt()));
    }
    for (Modifier modifier : modifiers.values()) {
      if (amount.startsWith(modifier.words() + " ")) {
        OptionalInt n = NumberWords.parse(amount.substring(modifier.words().length() + 1));
        if (n.isPresent()) {
          return Optional.of(modifier.around(n.getAsInt()));
        }
      }
    }
    return Optional.empty();
  }

  public StandardWords standardWords() {
    return standardWords;
  }

  public List<Phrase> phrases() {
    return List.copyOf(phrases.values());
  }

  public List<Modifier> modifiers() {
    return List.copyOf(modifiers.values());
  }

  public List<Hedge> hedges() {
    return hedged.hedges().stream().sorted(java.util.Comparator.comparing(Hedge::words)).toList();
  }

  public List<Fraction> fractions() {
    return hedged.fractions();
  }

  /**
   * Every phrase the book reads that is not a percentage, each with what it stands for: the
   * standard words, the phrases of the phrase table, then each hedge before each fraction and
   * standard word. What a form offers as it is typed.
   */
  public List<PhraseMeaning> accepted() {
    return accepted;
  }

  private List<PhraseMeaning> acceptedPhrases() {
    List<String> all = new ArrayList<>();
    standardWords.bands().forEach(b -> all.add(b.word()));
    all.addAll(phrases.keySet());
    all.addAll(hedged.all());
    return all.stream().distinct().map(w -> meaning(w).orElseThrow()).toList();
  }

  /**
   * The accepted phrases nearest in spelling to words that are not understood, nearest first: a
   * short list for an error message or a form, not every phrase.
   */
  public List<PhraseMeaning> nearest(String text, int howMany) {
    return PhraseSuggestions.nearest(this, text, howMany);
  }
}

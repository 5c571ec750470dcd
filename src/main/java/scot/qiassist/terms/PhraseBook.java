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

  private PhraseBook(
      StandardWords standardWords, Map<String, Phrase> phrases, Map<String, Modifier> modifiers) {
    this.standardWords = standardWords;
    this.phrases = phrases;
    this.modifiers = modifiers;
  }

  /**
   * @throws IllegalArgumentException when a phrase or modifier is listed twice or a phrase repeats
   *     a standard word (whose range the standard-word table already fixes)
   */
  public static PhraseBook of(
      StandardWords standardWords, List<Phrase> phrases, List<Modifier> modifiers) {
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
    return new PhraseBook(standardWords, byWords, byModifier);
  }

  public Optional<Interval> interpret(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String words = StandardWords.normalise(text);
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

  /**
   * The kinds of words that are understood, each with its words quoted, for an error message: "a
   * standard word ('none', 'few', ...)", "an informal phrase ('a few', ...)", and so on.
   */
  public List<String> known() {
    List<String> known = new ArrayList<>();
    known.add(
        "a standard word ("
            + quoted(standardWords.bands().stream().map(Band::word).toList())
            + ")");
    if (!phrases.isEmpty()) {
      known.add("an informal phrase (" + quoted(List.copyOf(phrases.keySet())) + ")");
    }
    known.add("a percentage such as '88%' or 'eighty-eight percent'");
    if (!modifiers.isEmpty()) {
      known.add(
          "a percentage after "
              + quoted(List.copyOf(modifiers.keySet()))
              + ", such as 'just over 40%'");
    }
    return known;
  }

  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
  }
}

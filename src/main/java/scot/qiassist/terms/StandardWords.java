package scot.qiassist.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The scale of standard words ("few" ... "almost all", "all"), each with its band. */
public final class StandardWords {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Band> bands;

  /** The bands by normalised word: rules ask for a band by word many times an evaluation. */
  private final Map<String, Band> byWord = new HashMap<>();

  private StandardWords(List<Band> bands) {
    this.bands = List.copyOf(bands);
    this.bands.forEach(b -> byWord.putIfAbsent(normalise(b.word()), b));
  }

  /**
   * Builds the scale from words and ranges in any order.
   *
   * @throws IllegalArgumentException naming the first whole percent that no band covers or that two
   *     bands cover, or a word given twice
   */
  public static StandardWords of(List<Band> unordered) {
    List<Band> sorted = new ArrayList<>(unordered);
    sorted.sort(Comparator.comparingInt(Band::lowest));
    List<Band> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Band b = sorted.get(i);
      ranked.add(new Band(b.word(), b.lowest(), b.highest(), i));
    }
    List<String> problems = problems(ranked);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new StandardWords(ranked);
  }

  /** Every gap, overlap and repeated word in a set of bands; empty when they tile 0-100%. */
  public static List<String> problems(List<Band> bands) {
    List<String> problems = new ArrayList<>();
    for (int p = 0; p <= 100; p++) {
      int percent = p;
      List<String> holders =
          bands.stream().filter(b -> b.contains(percent)).map(b -> "'" + b.word() + "'").toList();
      if (holders.isEmpty()) {
        problems.add(p + "% is in no band");
      } else if (holders.size() > 1) {
        problems.add(p + "% is in more than one band: " + String.join(" and ", holders));
      }
    }
    List<String> words = bands.stream().map(b -> normalise(b.word())).toList();
    words.stream()
        .filter(w -> words.indexOf(w) != words.lastIndexOf(w))
        .distinct()
        .forEach(w -> problems.add("the word '" + w + "' is given twice"));
    return problems;
  }

  public List<Band> bands() {
    return bands;
  }

  public Band bandOf(int wholePercent) {
    return bands.stream()
        .filter(b -> b.contains(wholePercent))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(wholePercent + "% is in no band"));
  }

  public Optional<Band> find(String word) {
    Band exact = byWord.get(word);
    return Optional.ofNullable(exact != null ? exact : byWord.get(normalise(word)));
  }

  /** The band of a word that rules name; an unknown word is a mistake in a rule file. */
  public Band band(String word) {
    return find(word)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + word + "' is not a standard word; the standard words are " + words()));
  }

  public String words() {
    return String.join(", ", bands.stream().map(b -> "'" + b.word() + "'").toList());
  }

  static String normalise(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT);
    return singleSpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
  }

  /** Whether the text has no whitespace but single spaces, as most phrases: nothing to replace. */
  private static boolean singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\t' && c <= '\r') || (c == ' ' && i > 0 && text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}

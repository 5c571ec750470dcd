package scot.qiassist.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a hedge before a fraction or a standard word ("about three-quarters", "nearly all") with
 * the hedge and fraction tables. A hyphen and a space are the same in a fraction.
 *
 * <p>Decision: a hedge stretches an amount, so the standard words it may go before are those that
 * stand for one amount, "all" and "none"; "about most" names no amount to be about, and is not read
 * (nor offered).
 */
final class HedgedPhrases {

  private final StandardWords standardWords;
  private final List<Hedge> hedges;
  private final Map<String, Fraction> fractions;

  private HedgedPhrases(
      StandardWords standardWords, List<Hedge> hedges, Map<String, Fraction> fractions) {
    this.standardWords = standardWords;
    this.hedges = hedges;
    this.fractions = fractions;
  }

  /**
   * @throws IllegalArgumentException when a hedge or a fraction is listed twice
   */
  static HedgedPhrases of(StandardWords words, List<Hedge> hedges, List<Fraction> fractions) {
    Map<String, Hedge> byWords = new LinkedHashMap<>();
    for (Hedge h : hedges) {
      if (byWords.put(h.words(), h) != null) {
        throw new IllegalArgumentException("the hedge '" + h.words() + "' is listed twice");
      }
    }
    Map<String, Fraction> byFraction = new LinkedHashMap<>();
    for (Fraction f : fractions) {
      if (byFraction.put(key(f.words()), f) != null) {
        throw new IllegalArgumentException("the fraction '" + f.words() + "' is listed twice");
      }
    }
    List<Hedge> longestFirst = new ArrayList<>(byWords.values());
    longestFirst.sort(Comparator.comparingInt((Hedge h) -> -h.words().length()));
    return new HedgedPhrases(words, List.copyOf(longestFirst), byFraction);
  }

  /**
   * The range of normalised words that are a hedge and a fraction or standard word, if they are.
   */
  Optional<Interval> interpret(String words) {
    for (Hedge hedge : hedges) {
      if (words.startsWith(hedge.words() + " ")) {
        String amount = words.substring(hedge.words().length() + 1).trim();
        Optional<Band> band = standardWords.find(amount).filter(b -> b.lowest() == b.highest());
        if (band.isPresent()) {
          return hedge.stretch(band.get().lowest(), band.get().highest());
        }
        Fraction fraction = fractions.get(key(amount));
        if (fraction != null) {
          return hedge.stretch(fraction.percent(), fraction.percent());
        }
      }
    }
    return Optional.empty();
  }

  /** Every hedge before every fraction and standard word that it reads, hedge by hedge. */
  List<String> all() {
    List<String> all = new ArrayList<>();
    for (Hedge hedge : hedges.stream().sorted(Comparator.comparing(Hedge::words)).toList()) {
      for (Fraction f : fractions.values()) {
        all.add(hedge.words() + " " + f.words());
      }
      for (Band b : standardWords.bands()) {
        if (b.lowest() == b.highest()) {
          all.add(hedge.words() + " " + b.word());
        }
      }
    }
    return all.stream().filter(w -> interpret(w).isPresent()).toList();
  }

  List<Hedge> hedges() {
    return hedges;
  }

  List<Fraction> fractions() {
    return List.copyOf(fractions.values());
  }

  private static String key(String fraction) {
    return fraction.replace('-', ' ');
  }
}

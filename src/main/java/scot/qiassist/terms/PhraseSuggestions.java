package scot.qiassist.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The accepted phrases nearest to words the phrase book does not read, by edit distance, with a
 * hyphen and a space counted alike ("three quarters" is "three-quarters"). Words that read once a
 * percent sign is added ("75", "about 40") suggest that percentage first.
 */
final class PhraseSuggestions {

  private PhraseSuggestions() {}

  static List<PhraseMeaning> nearest(PhraseBook book, String text, int howMany) {
    String typed = StandardWords.normalise(text == null ? "" : text);
    List<PhraseMeaning> nearest = new ArrayList<>();
    book.meaning(typed + "%").ifPresent(nearest::add);
    List<PhraseMeaning> accepted = book.accepted();
    accepted.stream()
        .sorted(
            Comparator.comparingInt((PhraseMeaning m) -> distance(typed, m.words()))
                .thenComparingInt(m -> rank(m.kind()))
                .thenComparing(PhraseMeaning::words))
        .limit(howMany)
        .forEach(nearest::add);
    return nearest.stream().limit(howMany).toList();
  }

  private static int distance(String typed, String phrase) {
    return EditDistance.between(typed.replace('-', ' '), phrase.replace('-', ' '));
  }

  /** At equal distance, a standard word first, then a listed phrase, then a hedged one. */
  private static int rank(String kind) {
    return switch (kind) {
      case "standard word" -> 0;
      case "phrase" -> 1;
      default -> 2;
    };
  }
}

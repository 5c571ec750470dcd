package scot.qiassist.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.Phrase;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.StandardWords;

/**
 * How words for a share read: the range they stand for, and the standard word and band of its
 * middle, as the classification rules read a figure; whether the range crosses a band boundary.
 *
 * @param words the words, as given
 * @param range the percentages they stand for
 * @param band the band of the range's middle: the standard word the figure reads as
 * @param straddles whether the range reaches into another band
 */
public record PhraseReading(String words, Interval range, Band band, boolean straddles) {

  /** How the phrase book reads these words; empty when it does not know them. */
  public static Optional<PhraseReading> of(String words, PhraseBook book) {
    return book.interpret(words)
        .map(
            range -> {
              StandardWords standard = book.standardWords();
              Band band = standard.bandOf(range.middle());
              boolean straddles =
                  !standard.bandOf(range.low()).equals(band)
                      || !standard.bandOf(range.high()).equals(band);
              return new PhraseReading(words, range, band, straddles);
            });
  }

  /** Every accepted word and phrase, the standard words first, each with how it reads. */
  public static List<PhraseReading> accepted(PhraseBook book) {
    List<PhraseReading> all = new ArrayList<>();
    for (Band b : book.standardWords().bands()) {
      of(b.word(), book).ifPresent(all::add);
    }
    for (Phrase p : book.phrases()) {
      of(p.words(), book).ifPresent(all::add);
    }
    return all;
  }

  /** "reads as most (75% up to 89%)", and when it straddles, that it does. */
  public String readsAs() {
    return "reads as "
        + band.word()
        + " ("
        + band.range()
        + ")"
        + (straddles ? "; its range, " + range + ", crosses a band boundary" : "");
  }
}

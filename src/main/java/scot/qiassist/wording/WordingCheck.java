package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.Share;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;

/**
 * Checks every quantity word of a draft report against the standard words and against the evidence
 * of the inspection: the five kinds of {@link FlagKind}, and notes where a match to a measure is
 * too weak to flag on. Immutable once built; one instance serves many checks.
 */
public final class WordingCheck {

  /**
   * The confidence a sentence's match to a measure needs for a flag, and its lead over the next
   * match. Chosen on the reference report: every sentence that restates a catalogue measure scores
   * 0.6 or more, and none of the sentences about other things does.
   */
  static final double SURE = 0.6;

  static final double MARGIN = 0.1;

  /** The confidence below which a match is not worth a note. */
  static final double POSSIBLE = 0.5;

  /** The confidence a second match beside a sure one needs for a note. */
  static final double CLOSE_SECOND = 0.8;

  static final int MOST_NOTES = 2;

  private final WordingTerms terms;
  private final QuantityFinder finder;
  private final MeasureIndex index;

  public WordingCheck(WordingTerms terms) {
    this.terms = terms;
    this.finder = new QuantityFinder(terms);
    this.index = new MeasureIndex(terms.measures().all());
  }

  public WordingReport check(Draft draft, EvidenceDocument evidence) {
    Map<String, Share> shares = shares(evidence);
    Findings found = new Findings(draft, terms.standardWords());
    Map<String, List<Mention>> byMeasure = new LinkedHashMap<>();
    List<Sentence> sentences = Sentences.of(draft);
    int quantities = 0;
    int matched = 0;
    for (Sentence s : sentences) {
      var tokens = Tokenizer.tokens(draft.text(), s.start(), s.end());
      SentenceQuantities in =
          new SentenceQuantities(s, tokens, finder.find(draft.text(), tokens), terms);
      quantities += in.quantities.size();
      FigureChecks.check(in, found);
      for (Quantity q : in.quantities) {
        Mention m = new Mention(in, q, index.match(in.description(q), in.samples(q)));
        if (q.kind() == Quantity.Kind.NON_STANDARD) {
          NonStandardCheck.check(m, shares, found);
        } else {
          EvidenceChecks.check(m, shares, found);
        }
        if (m.sure() != null && q.interval() != null) {
          matched++;
          byMeasure.computeIfAbsent(m.sure().measure().id(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    ConsistencyCheck.check(byMeasure, shares, found);
    return new WordingReport(
        draft.name(),
        draft.text().length(),
        sentences.size(),
        quantities,
        matched,
        found.flags.stream().sorted(Comparator.comparingInt(f -> f.place().start())).toList(),
        found.notes.stream().sorted(Comparator.comparingInt(n -> n.place().start())).toList());
  }

  private Map<String, Share> shares(EvidenceDocument evidence) {
    Map<String, Share> shares = new HashMap<>();
    for (EvidenceItem item : evidence.evidence()) {
      terms
          .measures()
          .find(item.measure())
          .ifPresent(m -> shares.put(m.id(), Share.of(item, m, terms.phraseBook())));
    }
    return shares;
  }
}

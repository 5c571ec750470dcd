package scot.qiassist.http;

import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Measure;
import scot.qiassist.rules.RuleInfo;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Fraction;
import scot.qiassist.terms.Hedge;
import scot.qiassist.terms.Modifier;
import scot.qiassist.terms.Phrase;
import scot.qiassist.terms.PhraseMeaning;

/** What the read-only routes return: the rule catalogue, the terms, the measures, the rule set. */
final class CatalogueViews {

  private CatalogueViews() {}

  /** A rule as the catalogue lists it; its explanation is the template, before figures fill it. */
  record RuleSummary(
      String id,
      String name,
      String file,
      int line,
      Integer statement,
      String source,
      String explanation) {
    static RuleSummary of(RuleInfo r) {
      return new RuleSummary(
          r.id(),
          r.name(),
          r.file(),
          r.line(),
          r.statement(),
          r.metadata("source"),
          r.explanation());
    }
  }

  /** A rule with every metadata entry and its text as written in the rule file. */
  record RuleDetail(
      String id,
      String name,
      String file,
      int line,
      Integer statement,
      String source,
      String explanation,
      Map<String, String> metadata,
      String text) {
    static RuleDetail of(RuleInfo r) {
      return new RuleDetail(
          r.id(),
          r.name(),
          r.file(),
          r.line(),
          r.statement(),
          r.metadata("source"),
          r.explanation(),
          r.metadata(),
          r.source());
    }
  }

  record BandView(String word, int lowest, int highest, String range) {
    static BandView of(Band b) {
      return new BandView(b.word(), b.lowest(), b.highest(), b.range());
    }
  }

  record PhraseView(String words, int lowest, int highest) {
    static PhraseView of(Phrase p) {
      return new PhraseView(p.words(), p.interval().low(), p.interval().high());
    }
  }

  record ModifierView(String words, int from, int to) {
    static ModifierView of(Modifier m) {
      return new ModifierView(m.words(), m.from(), m.to());
    }
  }

  /** The standard words with their bands, and the phrases and modifiers read as ranges. */
  /** A hedge of hedges.csv, with the hedged phrases it makes and what each reads as. */
  record HedgeView(String words, int from, int to, List<PhraseMeaning> phrases) {
    static HedgeView of(Hedge h, RuleSet rules) {
      return new HedgeView(
          h.words(),
          h.from(),
          h.to(),
          rules.phrases().accepted().stream()
              .filter(m -> m.kind().equals("hedged") && m.words().startsWith(h.words() + " "))
              .toList());
    }
  }

  record FractionView(String words, int numerator, int denominator) {
    static FractionView of(Fraction f) {
      return new FractionView(f.words(), f.numerator(), f.denominator());
    }
  }

  record Terms(
      List<BandView> bands,
      List<PhraseView> phrases,
      List<ModifierView> modifiers,
      List<HedgeView> hedges,
      List<FractionView> fractions) {
    static Terms of(RuleSet rules) {
      return new Terms(
          rules.standardWords().bands().stream().map(BandView::of).toList(),
          rules.phrases().phrases().stream().map(PhraseView::of).toList(),
          rules.phrases().modifiers().stream().map(ModifierView::of).toList(),
          rules.phrases().hedges().stream().map(h -> HedgeView.of(h, rules)).toList(),
          rules.phrases().fractions().stream().map(FractionView::of).toList());
    }
  }

  record MeasureView(
      String id,
      String source,
      String sample,
      int statement,
      String aspect,
      String better,
      String group,
      String counted,
      String sentence) {
    static MeasureView of(Measure m) {
      return new MeasureView(
          m.id(),
          m.source().id(),
          m.source().sampleName(),
          m.statement(),
          m.aspect() == null ? null : m.aspect().id(),
          m.direction().id(),
          m.group(),
          m.counted(),
          m.sentence());
    }
  }

  record Health(String status, String rulesetVersion) {}
}

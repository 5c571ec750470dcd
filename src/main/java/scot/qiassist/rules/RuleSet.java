package scot.qiassist.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.StandardWords;

/**
 * A compiled, checked set of rule files and policy tables, ready to evaluate evidence. Immutable
 * and safe to share between threads; each evaluation opens its own session.
 *
 * @param version a hash of every file's name and content, carried by every result
 * @param loadedAt when the set was built
 * @param files the files, relative to the directory, each with its own hash
 * @param rules the rules by their qualified name ("package.rule name")
 * @param sources the text of each file, by the same paths: all it takes to build the set again
 */
public record RuleSet(
    String directory,
    String version,
    Instant loadedAt,
    Map<String, String> files,
    KieBase kieBase,
    StandardWords standardWords,
    PhraseBook phrases,
    MeasureCatalogue measures,
    GradeParameters gradeParameters,
    Map<String, RuleInfo> rules,
    Map<String, String> sources) {

  public RuleSet {
    files = Map.copyOf(files);
    rules = Map.copyOf(rules);
    sources = Map.copyOf(sources);
  }

  /**
   * The policy tables an evidence reader is built from: the measures, and the phrases with the
   * standard words, modifiers, hedges and fractions they are made of.
   */
  private static final List<String> READING_TABLES =
      List.of(
          PolicyTables.MEASURES,
          PolicyTables.STANDARD_WORDS,
          PolicyTables.PHRASES,
          PolicyTables.MODIFIERS,
          PolicyTables.HEDGES,
          PolicyTables.FRACTIONS);

  /**
   * Whether evidence reads the same under this set and another: every table the reader is built
   * from is the same file (by its hash) in both, or absent from both. A document read under one can
   * then be evaluated under either.
   */
  public boolean readsEvidenceAs(RuleSet other) {
    return files.get(PolicyTables.MEASURES) != null
        && READING_TABLES.stream()
            .allMatch(t -> java.util.Objects.equals(files.get(t), other.files().get(t)));
  }

  public RuleInfo rule(String packageName, String ruleName) {
    return rules.get(packageName + "." + ruleName);
  }

  public Optional<RuleInfo> ruleById(String id) {
    return rules.values().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every rule, in file order. */
  public List<RuleInfo> catalogue() {
    return rules.values().stream()
        .sorted(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
        .toList();
  }
}

package scot.qiassist.wording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Source;
import scot.qiassist.rules.PolicyTable;
import scot.qiassist.rules.RuleProblem;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.StandardWords;

/**
 * Everything the wording check knows about words: the rule set's standard words, phrases, modifiers
 * and measure catalogue, and the two tables of its own in the rules directory, the non-standard
 * phrases and the words for each sample.
 */
public final class WordingTerms {

  static final String NON_STANDARD = "terms/non-standard-phrases.csv";
  static final String SAMPLE_WORDS = "terms/sample-words.csv";

  private final RuleSet rules;
  private final List<NonStandardPhrase> nonStandard;
  private final Map<String, Set<Source>> sampleWords;

  private WordingTerms(
      RuleSet rules, List<NonStandardPhrase> nonStandard, Map<String, Set<Source>> sampleWords) {
    this.rules = rules;
    this.nonStandard = List.copyOf(nonStandard);
    this.sampleWords = Map.copyOf(sampleWords);
  }

  /**
   * The terms of a rule set and the wording tables beside it.
   *
   * @throws RuleSetException naming the file and line of each problem in the wording tables
   */
  public static WordingTerms load(RuleSet rules, Path directory) throws RuleSetException {
    return of(rules, read(directory, NON_STANDARD), read(directory, SAMPLE_WORDS));
  }

  /** The terms from the two tables' text; null text is a missing table. */
  public static WordingTerms of(RuleSet rules, String nonStandardText, String sampleWordsText)
      throws RuleSetException {
    List<RuleProblem> problems = new ArrayList<>();
    missing(NON_STANDARD, nonStandardText, problems);
    missing(SAMPLE_WORDS, sampleWordsText, problems);
    List<NonStandardPhrase> phrases = nonStandard(rules, nonStandardText, problems);
    Map<String, Set<Source>> words = sampleWords(sampleWordsText, problems);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new WordingTerms(rules, phrases, words);
  }

  private static String read(Path directory, String file) throws RuleSetException {
    Path path = directory.resolve(file);
    if (!Files.isRegularFile(path)) {
      return null;
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleSetException(
          List.of(RuleProblem.at(file, 0, "could not be read: " + e.getMessage())));
    }
  }

  private static void missing(String file, String text, List<RuleProblem> problems) {
    if (text == null) {
      problems.add(
          RuleProblem.at(file, 0, "this wording table is missing from the rules directory"));
    }
  }

  private static List<NonStandardPhrase> nonStandard(
      RuleSet rules, String text, List<RuleProblem> problems) {
    List<NonStandardPhrase> phrases = new ArrayList<>();
    StandardWords standard = rules.standardWords();
    PhraseBook book = rules.phrases();
    var header = List.of("phrase", "reads as", "reason");
    for (PolicyTable.Row row : PolicyTable.parse(NON_STANDARD, text, header, problems)) {
      String words = Words.normalise(row.get(0));
      Optional<Band> readsAs = standard.find(row.get(1));
      if (row.get(1).isEmpty()) {
        readsAs = Optional.empty();
      } else if (readsAs.isEmpty()) {
        problems.add(
            RuleProblem.at(
                NON_STANDARD,
                row.line(),
                "reads as '"
                    + row.get(1)
                    + "', which is not a standard word; the standard words are "
                    + standard.words()));
        continue;
      }
      if (book.listed(row.get(0)).isPresent()) {
        problems.add(
            RuleProblem.at(
                NON_STANDARD,
                row.line(),
                "'"
                    + row.get(0)
                    + "' is a standard word or a phrase of phrases.csv, so it cannot also be non-standard"));
        continue;
      }
      if (row.get(2).isBlank()) {
        problems.add(RuleProblem.at(NON_STANDARD, row.line(), "the reason is empty"));
        continue;
      }
      phrases.add(new NonStandardPhrase(words, readsAs.orElse(null), row.get(2)));
    }
    return phrases;
  }

  private static Map<String, Set<Source>> sampleWords(String text, List<RuleProblem> problems) {
    Map<String, Set<Source>> words = new HashMap<>();
    var header = List.of("source", "word", "reason");
    for (PolicyTable.Row row : PolicyTable.parse(SAMPLE_WORDS, text, header, problems)) {
      Optional<Source> source =
          java.util.Arrays.stream(Source.values())
              .filter(s -> s.id().equals(row.get(0)))
              .findFirst();
      if (source.isEmpty()) {
        problems.add(
            RuleProblem.at(
                SAMPLE_WORDS,
                row.line(),
                "source '"
                    + row.get(0)
                    + "' is not one of the measure catalogue's sources: "
                    + String.join(
                        ", ", java.util.Arrays.stream(Source.values()).map(Source::id).toList())));
        continue;
      }
      if (row.get(1).isBlank()) {
        problems.add(RuleProblem.at(SAMPLE_WORDS, row.line(), "the word is empty"));
        continue;
      }
      words
          .computeIfAbsent(Words.stemPhrase(row.get(1)), k -> EnumSet.noneOf(Source.class))
          .add(source.get());
    }
    return words;
  }

  public RuleSet rules() {
    return rules;
  }

  public StandardWords standardWords() {
    return rules.standardWords();
  }

  public PhraseBook phraseBook() {
    return rules.phrases();
  }

  public MeasureCatalogue measures() {
    return rules.measures();
  }

  public List<NonStandardPhrase> nonStandard() {
    return nonStandard;
  }

  /** The sources a word names, by its stem ("parent" and "parents" alike); empty when none. */
  Set<Source> sourcesOf(String stemmedWords) {
    return sampleWords.getOrDefault(stemmedWords, Set.of());
  }

  /** The longest sample word (in stemmed words) of the table, for matching phrases. */
  int longestSampleWord() {
    return sampleWords.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }
}

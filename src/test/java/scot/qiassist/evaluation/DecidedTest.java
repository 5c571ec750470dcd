package scot.qiassist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.Finding;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;
import scot.qiassist.grade.CriterionResult;
import scot.qiassist.rules.RuleSet;

/**
 * The decision made without explanations ({@link Evaluator#decided}, what impact weighs) is the
 * decision of the full result, field by field and in the same order, for every example, under the
 * repository's rules and under rules whose thresholds moved, and for any generated evidence.
 */
class DecidedTest {

  @TempDir static Path temp;

  private static RuleSet moved;

  @BeforeAll
  static void rulesWithTheMostBandMoved() throws Exception {
    moved =
        RulesCopy.in(temp)
            .replace("terms/standard-words.csv", "the majority,50,74", "the majority,50,79")
            .replace("terms/standard-words.csv", "most,75,89", "most,80,89")
            .load();
  }

  static Stream<Path> examples() throws IOException {
    return ExpectedOutcomes.examplesIn(RepositoryRules.EXAMPLES).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_is_decided_as_its_full_evaluation_decides_it(Path example) throws Exception {
    String json = Files.readString(example);

    assertDecidedAlike(RepositoryRules.get(), json);
    assertDecidedAlike(moved, json);
  }

  @Test
  void evidence_not_enough_to_grade_is_decided_with_the_same_gaps() throws Exception {
    String json =
        "{\"partnership\": \"Nowhere\", \"evidence\": [{\"measure\": \"ird-held\", \"count\": 45,"
            + " \"of\": 60}], \"findings\": []}";

    Decided decided = assertDecidedAlike(RepositoryRules.get(), json);

    assertThat(decided.grade()).isEqualTo(Evaluation.NOT_GRADED);
    assertThat(decided.insufficient()).hasSizeGreaterThan(1);
  }

  @Test
  void any_evidence_is_decided_as_its_full_evaluation_decides_it() {
    Evaluator evaluator = RepositoryRules.evaluator();
    qt().withExamples(100)
        .forAll(EvidenceGenerators.documents())
        .checkAssert(evidence -> assertAlike(evaluator, evidence));
  }

  @Test
  void key_messages_of_findings_are_decided_with_their_text_as_written() throws Exception {
    EvidenceDocument evidence = reader(RepositoryRules.get()).read(north());
    EvidenceDocument withBraces =
        evidence.withFindings(
            evidence.findings().stream().map(f -> f.keyMessage() ? braces(f) : f).toList());

    Decided decided = assertAlike(RepositoryRules.evaluator(), withBraces);

    assertThat(decided.keyMessages()).anyMatch(m -> m.endsWith("{not a placeholder}"));
  }

  private static Decided assertDecidedAlike(RuleSet rules, String json) throws Exception {
    return assertAlike(new Evaluator(rules), reader(rules).read(json));
  }

  private static Decided assertAlike(Evaluator evaluator, EvidenceDocument evidence) {
    Evaluation full = evaluator.evaluate(evidence);
    Decided decided = evaluator.decided(evidence);

    assertThat(decided.grade()).isEqualTo(full.gradeLabel());
    assertThat(decided.keyMessages())
        .containsExactlyElementsOf(
            full.keyMessages().stream().map(k -> k.statement() + ": " + k.text()).toList());
    assertThat(decided.notLower())
        .containsExactlyElementsOf(
            full.why().notLower().stream().map(CriterionResult::ruleId).toList());
    assertThat(decided.notHigher())
        .containsExactlyElementsOf(
            full.why().notHigher().stream().map(CriterionResult::ruleId).toList());
    assertThat(decided.insufficient())
        .containsExactlyElementsOf(
            full.insufficient().stream().map(Insufficient::missing).toList());
    assertThat(decided.firedRules())
        .containsExactlyElementsOf(full.firedRules().stream().map(FiredRule::ruleId).toList());
    assertThat(Outcome.of(decided)).isEqualTo(Outcome.of(full));
    return decided;
  }

  private static Finding braces(Finding f) {
    return new Finding(
        f.statement(),
        f.kind(),
        f.weight(),
        f.text() + " {not a placeholder}",
        f.aspect(),
        f.keyMessage(),
        f.outstanding());
  }

  private static EvidenceReader reader(RuleSet rules) {
    return new EvidenceReader(rules.measures(), rules.phrases());
  }

  private static String north() throws IOException {
    return Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"));
  }
}

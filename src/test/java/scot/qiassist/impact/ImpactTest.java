package scot.qiassist.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;
import scot.qiassist.RulesCopy;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;
import scot.qiassist.examples.OutcomeDifference;
import scot.qiassist.rules.RuleSet;

/**
 * Impact weighs each document by its decision alone and reads it once when both rule sets read
 * evidence alike: every difference it reports is the difference between the full evaluations under
 * each rule set, each document read under its own rules.
 */
class ImpactTest {

  @TempDir Path temp;

  @Test
  void a_change_of_rules_alone_is_weighed_as_full_evaluations_weigh_it() throws Exception {
    RuleSet to =
        RulesCopy.in(temp)
            .replace(
                "grade/grade-parameters.csv",
                "excellent-important-areas,0,",
                "excellent-important-areas,2,")
            .replace(
                "grade/grade-parameters.csv",
                "excellent-outstanding,1,",
                "excellent-outstanding,0,")
            .load();
    assertThat(to.readsEvidenceAs(RepositoryRules.get())).isTrue();

    ImpactReport report = Impact.ofEvidence(RepositoryRules.get(), to, examples());

    assertThat(report.gradesUp()).isPositive();
    assertWeighedAsFullEvaluations(report, RepositoryRules.get(), to);
  }

  @Test
  void a_change_of_the_standard_words_is_weighed_with_each_document_read_under_its_own_rules()
      throws Exception {
    RuleSet to =
        RulesCopy.in(temp)
            .replace("terms/standard-words.csv", "the majority,50,74", "the majority,50,79")
            .replace("terms/standard-words.csv", "most,75,89", "most,80,89")
            .load();
    assertThat(to.readsEvidenceAs(RepositoryRules.get())).isFalse();

    ImpactReport report = Impact.ofEvidence(RepositoryRules.get(), to, examples());

    assertThat(report.files()).anyMatch(f -> !f.difference().traceLines().isEmpty());
    assertWeighedAsFullEvaluations(report, RepositoryRules.get(), to);
  }

  @Test
  void evidence_that_the_new_rules_cannot_read_is_reported_under_the_new_rules() throws Exception {
    RuleSet to =
        RulesCopy.in(temp)
            .replace("measures/measure-catalogue.csv", "\nird-held,", "\nird-was-held,")
            .load();

    ImpactReport report =
        Impact.ofEvidence(
            RepositoryRules.get(),
            to,
            List.of(new NamedEvidence("north", read("north-lanarkshire-2023.json"))));

    assertThat(report.files().get(0).problem())
        .startsWith("under the new rules: ")
        .contains("ird-held");
  }

  @Test
  void evidence_that_the_old_rules_cannot_read_is_reported_under_the_old_rules() {
    ImpactReport report =
        Impact.ofEvidence(
            RepositoryRules.get(),
            RepositoryRules.get(),
            List.of(new NamedEvidence("broken", "{\"partnership\": 3}")));

    assertThat(report.files().get(0).problem()).startsWith("under the old rules: ");
  }

  private static void assertWeighedAsFullEvaluations(ImpactReport report, RuleSet from, RuleSet to)
      throws Exception {
    List<NamedEvidence> corpus = examples();
    assertThat(report.files()).hasSameSizeAs(corpus);
    for (int i = 0; i < corpus.size(); i++) {
      assertThat(report.files().get(i).difference())
          .as(corpus.get(i).name())
          .isEqualTo(OutcomeDifference.between(full(from, corpus.get(i)), full(to, corpus.get(i))));
    }
  }

  private static Outcome full(RuleSet rules, NamedEvidence evidence) throws Exception {
    return Outcome.of(
        new Evaluator(rules)
            .evaluate(new EvidenceReader(rules.measures(), rules.phrases()).read(evidence.json())));
  }

  private static List<NamedEvidence> examples() throws IOException {
    List<NamedEvidence> corpus = new ArrayList<>();
    for (Path example : ExpectedOutcomes.examplesIn(RepositoryRules.EXAMPLES)) {
      corpus.add(new NamedEvidence(example.toString(), Files.readString(example)));
    }
    return corpus;
  }

  private static String read(String example) throws IOException {
    return Files.readString(RepositoryRules.EXAMPLES.resolve(example));
  }
}

package scot.qiassist.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.examples.Outcome;
import scot.qiassist.reload.CandidateRun.EvidenceOutcome;
import scot.qiassist.rules.RuleSet;

class CompiledVersionsTest {

  private final RuleSet rules = RepositoryRules.get();
  private final CompiledVersions compiled = new CompiledVersions(null, null);

  /** An outcome no evaluation gives, to tell a kept outcome from one found again. */
  private final Outcome marked =
      new Outcome("Marked", List.of(), List.of(), List.of(), List.of(), List.of());

  private String example(String name) throws Exception {
    return Files.readString(RepositoryRules.EXAMPLES.resolve(name + ".json"));
  }

  @Test
  void an_outcome_the_worker_found_is_kept_for_the_evidence_it_was_sent() throws Exception {
    String json = example("constructed-good");
    compiled.remember(
        rules.version(),
        List.of(new EvidenceOutcome("example:good", marked, null)),
        Map.of("example:good", json));

    assertThat(compiled.outcome(rules, "example:good", json)).isSameAs(marked);
  }

  @Test
  void evidence_edited_since_is_evaluated_again() throws Exception {
    String json = example("constructed-good");
    compiled.remember(
        rules.version(),
        List.of(new EvidenceOutcome("example:good", marked, null)),
        Map.of("example:good", json));

    String edited = example("constructed-weak");
    assertThat(compiled.outcome(rules, "example:good", edited).grade()).isEqualTo("Weak");
  }

  @Test
  void an_answer_naming_evidence_that_was_not_sent_is_not_kept() throws Exception {
    String json = example("constructed-good");
    compiled.remember(
        rules.version(),
        List.of(new EvidenceOutcome("example:other", marked, null)),
        Map.of("example:good", json));

    assertThat(compiled.outcome(rules, "example:other", json).grade()).isEqualTo("Good");
  }
}

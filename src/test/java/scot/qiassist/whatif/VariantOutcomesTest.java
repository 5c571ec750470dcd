package scot.qiassist.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evaluation.Conclusion;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evaluation.Outcome;
import scot.qiassist.evaluation.VariantOutcomes;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetLoader;

/**
 * What-if weighs most variants from the facts of the evidence as it stands ({@link
 * VariantOutcomes}) instead of evaluating each whole. These tests hold it to the whole evaluation:
 * for every example, every one-step change and every change towards a draft either way, the grade
 * (and the conclusions) must be those of {@link Evaluator#evaluate} of the changed evidence.
 */
class VariantOutcomesTest {

  private final Evaluator evaluator = RepositoryRules.evaluator();

  @Test
  void
      every_variant_of_every_example_weighed_from_the_shared_facts_has_its_whole_evaluations_grade()
          throws Exception {
    int shared = 0;
    int all = 0;
    for (EvidenceDocument document : documents()) {
      List<Variant> variants = variants(evaluator, document);
      VariantOutcomes outcomes = outcomes(evaluator, document, variants);
      assertThat(outcomes.unusable()).isNull();
      for (Variant v : variants) {
        Optional<Outcome> outcome = outcomes.of(v.document());
        all++;
        if (outcome.isPresent()) {
          shared++;
          assertSameAsWhole(evaluator, document, v, outcome.get());
        }
      }
    }
    // Only changes a rule reading two figures at once could see, or that change what the evidence
    // bears on, are evaluated whole: the shared path is what what-if mostly runs.
    assertThat(shared).isGreaterThan(all * 9 / 10);
  }

  @Test
  void
      on_north_lanarkshire_only_the_changes_of_the_two_figures_the_plan_rules_read_together_are_evaluated_whole()
          throws Exception {
    EvidenceDocument document = northLanarkshire();
    List<Variant> variants = new Variants(evaluator.rules()).of(document);
    VariantOutcomes outcomes = outcomes(evaluator, document, variants);

    List<String> whole =
        variants.stream()
            .filter(v -> outcomes.of(v.document()).isEmpty())
            .map(v -> v.measure() + " " + v.move())
            .toList();

    assertThat(variants).hasSize(160);
    assertThat(whole)
        .containsExactlyInAnyOrder(
            "plan-present up",
            "plan-present down",
            "plan-quality-adequate-or-weak up",
            "plan-quality-adequate-or-weak down");
  }

  @Test
  void what_if_gives_every_example_the_same_answer_as_when_each_variant_is_evaluated_whole()
      throws Exception {
    List<EvidenceDocument> documents = new ArrayList<>(documents());
    documents.add(
        RepositoryRules.reader().read(Files.readString(WhatIfToDraftTest.GOOD_DRAFTED_VERY_GOOD)));
    for (EvidenceDocument document : documents) {
      assertThat(new WhatIfAnalysis(evaluator).analyse(document))
          .isEqualTo(WhatIfAnalysis.evaluatingEachWhole(evaluator).analyse(document));
    }
  }

  @Test
  void a_rule_that_reads_every_figure_at_once_has_every_change_of_a_figure_evaluated_whole()
      throws Exception {
    Evaluator changed =
        evaluator(
            "statements/statement-2-planning-and-support.drl",
            "not Reading( measure == \"plan-present\", atLeast(\"almost all\") )",
            "not Reading( atLeast(\"almost all\") )");
    EvidenceDocument document = northLanarkshire();
    List<Variant> variants = new Variants(changed.rules()).of(document);
    VariantOutcomes outcomes = outcomes(changed, document, variants);

    for (Variant v : variants) {
      Optional<Outcome> outcome = outcomes.of(v.document());
      assertThat(outcome.isPresent()).as(v.evidence()).isEqualTo(!v.isFigure());
      outcome.ifPresent(o -> assertSameAsWhole(changed, document, v, o));
    }
    assertThat(new WhatIfAnalysis(changed).analyse(document))
        .isEqualTo(WhatIfAnalysis.evaluatingEachWhole(changed).analyse(document));
  }

  @Test
  void rules_whose_order_of_firing_matters_have_every_variant_evaluated_whole() throws Exception {
    Evaluator changed =
        evaluator(
            "findings/inspector-findings.drl",
            "    agenda-group \"decisions\"\nwhen\n    $finding : Finding( !(kind",
            "    agenda-group \"decisions\"\n    activation-group \"one-finding\"\n"
                + "when\n    $finding : Finding( !(kind");
    EvidenceDocument document = northLanarkshire();
    List<Variant> variants = new Variants(changed.rules()).of(document);
    VariantOutcomes outcomes = outcomes(changed, document, variants);

    assertThat(outcomes.unusable()).contains("depends on the order rules fire in");
    assertThat(variants).allSatisfy(v -> assertThat(outcomes.of(v.document())).isEmpty());
    assertThat(new WhatIfAnalysis(changed).analyse(document))
        .isEqualTo(WhatIfAnalysis.evaluatingEachWhole(changed).analyse(document));
  }

  /** The one-step changes and the changes towards a draft either way, as what-if makes them. */
  private static List<Variant> variants(Evaluator evaluator, EvidenceDocument document) {
    Evaluation base = evaluator.evaluate(document);
    List<Variant> all = new ArrayList<>(new Variants(evaluator.rules()).of(document));
    if (base.graded()) {
      var borne = WhatIfAnalysis.aspectsBorne(base);
      all.addAll(DraftVariants.towards(document, true, borne));
      all.addAll(DraftVariants.towards(document, false, borne));
    }
    return all;
  }

  private static VariantOutcomes outcomes(
      Evaluator evaluator, EvidenceDocument document, List<Variant> variants) {
    return VariantOutcomes.of(
        evaluator, document, variants.stream().map(Variant::document).toList());
  }

  private static void assertSameAsWhole(
      Evaluator evaluator, EvidenceDocument document, Variant v, Outcome outcome) {
    Evaluation whole = evaluator.evaluate(v.document());
    String which = document.partnership() + ", " + v.evidence() + " " + v.move();
    assertThat(outcome.grade() == null ? null : outcome.grade().value())
        .as(which)
        .isEqualTo(whole.graded() ? whole.grade().value() : null);
    assertThat(counts(outcome.conclusions()))
        .as(which)
        .isEqualTo(counts(evaluator.outcome(v.document()).conclusions()));
  }

  private static Map<Conclusion, Integer> counts(List<Conclusion> conclusions) {
    Map<Conclusion, Integer> counts = new HashMap<>();
    conclusions.forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }

  private static Evaluator evaluator(String file, String from, String to) throws Exception {
    Map<String, String> files =
        new HashMap<>(RuleSetLoader.readDirectory(RepositoryRules.DIRECTORY));
    String text = files.get(file);
    assertThat(text).contains(from);
    files.put(file, text.replace(from, to));
    RuleSet rules = new RuleSetLoader().load("rules", files);
    return new Evaluator(rules);
  }

  private static EvidenceDocument northLanarkshire() throws Exception {
    return RepositoryRules.reader()
        .read(Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json")));
  }

  private static List<EvidenceDocument> documents() throws Exception {
    try (Stream<Path> files = Files.list(RepositoryRules.EXAMPLES)) {
      List<EvidenceDocument> documents = new ArrayList<>();
      for (Path p : files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList()) {
        documents.add(RepositoryRules.reader().read(Files.readString(p)));
      }
      return documents;
    }
  }
}

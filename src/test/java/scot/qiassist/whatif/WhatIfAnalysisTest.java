package scot.qiassist.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.Weight;

/** What-if on the North Lanarkshire example: the changes that move its grade, nearest first. */
class WhatIfAnalysisTest {

  private static EvidenceDocument northLanarkshire;
  private static WhatIf answer;

  @BeforeAll
  static void analyse() throws Exception {
    northLanarkshire =
        RepositoryRules.reader()
            .read(
                Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json")));
    answer = new WhatIfAnalysis(RepositoryRules.evaluator()).analyse(northLanarkshire);
  }

  @Test
  void the_nearest_change_is_a_figure_one_point_from_the_edge_that_would_lower_the_grade_to_good() {
    GradeChange nearest = answer.changes().get(0);

    assertThat(answer.grade().label()).isEqualTo("Very good");
    assertThat(nearest.evidence()).isEqualTo("evidence[14]");
    assertThat(nearest.distance()).isEqualTo(1);
    assertThat(nearest.sentence())
        .isEqualTo(
            "if initial multi-agency meetings that considered risks and needs in full "
                + "were less than half instead of the majority, the grade would be Good");
  }

  @Test
  void every_change_listed_moves_the_grade_and_reads_as_a_sentence() {
    assertThat(answer.changes())
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.grade().value()).isNotEqualTo(answer.grade().value());
              assertThat(c.sentence())
                  .matches("if .+ were .+, the grade would be " + c.grade().label());
            });
  }

  @Test
  void figures_come_before_findings_nearest_first() {
    List<Integer> distances =
        answer.changes().stream()
            .filter(c -> c.distance() != null)
            .map(GradeChange::distance)
            .toList();

    assertThat(distances).isSortedAccordingTo(Comparator.naturalOrder());
  }

  private static Variant variant(
      String evidence, int index, String move, Integer distance, Weight w) {
    return new Variant(
        null,
        northLanarkshire,
        evidence,
        index,
        move,
        distance,
        w,
        true,
        null,
        null,
        null,
        "",
        "",
        null);
  }

  @Test
  void findings_are_ordered_after_figures_weight_steps_before_drops_by_weight_major_first() {
    Variant figureFar = variant("evidence[9]", 9, "up", 40, null);
    Variant figureNear = variant("evidence[3]", 3, "down", 2, null);
    Variant minor = variant("findings[0]", 0, "dropped", null, Weight.MINOR);
    Variant major = variant("findings[5]", 5, "dropped", null, Weight.MAJOR);
    Variant heavier = variant("findings[7]", 7, "weight-up", null, Weight.MINOR);

    List<Variant> sorted =
        List.of(minor, figureFar, major, heavier, figureNear).stream()
            .sorted(WhatIfAnalysis.NEAREST_FIRST)
            .toList();

    assertThat(sorted).containsExactly(figureNear, figureFar, heavier, major, minor);
  }

  @Test
  void every_figure_and_finding_is_tried() {
    int figures = northLanarkshire.evidence().size();
    int findings = northLanarkshire.findings().size();

    assertThat(answer.variationsTried())
        .isEqualTo(new Variants(RepositoryRules.get()).of(northLanarkshire).size())
        .isBetween(figures + 2 * findings, 2 * figures + 3 * findings);
  }

  @Test
  void the_draft_grade_very_good_is_supported_by_every_change_and_opposed_by_none() {
    assertThat(answer.draftGrade().verdict()).isEqualTo("agree");
    assertThat(answer.draftGrade().supports()).isEqualTo(answer.changes());
    assertThat(answer.draftGrade().standsAgainst()).isEmpty();
  }
}

package scot.qiassist.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.EvidenceReader;

/** A draft checked by the evidence reader: its evidence, or each problem at its form's field. */
class CheckedDraftTest {

  private final EvidenceReader reader = RepositoryRules.reader();

  private static EvidenceDraft started() {
    return EvidenceDraft.start(
        new DraftDetails("North Lanarkshire", null, null, null, Map.of("recordsRead", "60")));
  }

  @Test
  void the_north_lanarkshire_example_typed_into_the_forms_gives_the_evidence_of_its_file()
      throws Exception {
    CheckedDraft checked = CheckedDraft.of(Drafts.example("north-lanarkshire-2023"), reader);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.evidence())
        .isEqualTo(
            reader.read(
                Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"))));
  }

  @Test
  void
      a_count_that_is_not_a_number_and_an_of_above_the_sample_are_problems_of_the_figures_fields() {
    EvidenceDraft draft =
        started()
            .withFigure(new DraftFigure(0, "ird-held", "45", "60", null, null, null))
            .withFigure(new DraftFigure(0, "ird-within-timescales", "4x", "61", null, null, null));

    CheckedDraft checked = CheckedDraft.of(draft, reader);

    assertThat(checked.problemsOf(DraftPart.figure(1))).isEmpty();
    assertThat(checked.problemsOf(DraftPart.figure(2)))
        .containsExactly(
            new FieldProblem(
                DraftPart.figure(2), "count", "'4x' is not a whole number; expected 0 to 1000000"),
            new FieldProblem(
                DraftPart.figure(2),
                "of",
                "61 is more than the sample of 60 records read declared in samples; 'ird-within-timescales' counts records read"));
  }

  @Test
  void a_figure_removed_takes_its_problems_with_it_and_the_others_keep_their_numbers() {
    EvidenceDraft draft =
        started()
            .withFigure(new DraftFigure(0, "ird-held", "4x", "60", null, null, null))
            .withFigure(new DraftFigure(0, "interim-safety-plan", null, null, "101", null, null))
            .withoutFigure(1);

    CheckedDraft checked = CheckedDraft.of(draft, reader);

    assertThat(checked.problems())
        .containsExactly(
            new FieldProblem(DraftPart.figure(2), "percent", "101 is outside 0 to 100"));
  }

  @Test
  void typed_numbers_with_thousands_separators_or_a_percent_sign_are_read_as_numbers() {
    EvidenceDraft draft =
        EvidenceDraft.start(
                new DraftDetails("Fife", null, null, null, Map.of("staffSurvey", "1,316")))
            .withFigure(
                new DraftFigure(
                    0, "staff-training-increased-knowledge", null, null, "88%", null, null))
            .withFigure(
                new DraftFigure(0, "staff-feel-valued", "1,001", "1,316", null, null, null));

    CheckedDraft checked = CheckedDraft.of(draft, reader);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.json().toString())
        .contains("\"samples\":{\"staffSurvey\":1316}")
        .contains("{\"measure\":\"staff-training-increased-knowledge\",\"percent\":88}")
        .contains("\"count\":1001,\"of\":1316");
  }

  @Test
  void the_details_problems_are_at_the_details_fields() {
    EvidenceDraft draft =
        EvidenceDraft.start(
            new DraftDetails(
                " ", "2023-13-01", "2023-01-01", "Goood", Map.of("staffMet", "two hundred")));

    CheckedDraft checked = CheckedDraft.of(draft, reader);

    assertThat(checked.problemsOf(DraftPart.DETAILS))
        .extracting(FieldProblem::field)
        .containsExactly("partnership", "from", "staffMet", "draftGrade");
  }

  @Test
  void a_finding_naming_a_person_or_an_outstanding_area_for_improvement_is_refused_at_its_field() {
    EvidenceDraft draft =
        started()
            .withFinding(
                new DraftFinding(
                    0, "1", "strength", "major", null, "Mrs Smith was seen quickly.", false, false))
            .withFinding(
                new DraftFinding(
                    0, "2", "area-for-improvement", "minor", null, "Plans varied.", false, true));

    CheckedDraft checked = CheckedDraft.of(draft, reader);

    assertThat(checked.problemsOf(DraftPart.finding(1)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("text");
              assertThat(p.message())
                  .startsWith("looks like it identifies a person: a person's name ('Mrs *****'");
            });
    assertThat(checked.problemsOf(DraftPart.finding(2)))
        .containsExactly(
            new FieldProblem(
                DraftPart.finding(2),
                "outstanding",
                "only a strength can be judged outstanding; untick it, or make the finding a strength"));
  }
}

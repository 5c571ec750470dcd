package scot.qiassist.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Source;
import scot.qiassist.terms.PhraseBook;

/** The measure picker's search, and how the accepted words read. */
class MeasureSearchTest {

  private final MeasureCatalogue catalogue = RepositoryRules.get().measures();
  private final PhraseBook phrases = RepositoryRules.get().phrases();

  @Test
  void staff_survey_finds_the_measures_of_the_staff_survey_and_no_other() {
    List<Measure> found = MeasureSearch.find(catalogue, null, "Staff survey");

    assertThat(found).isNotEmpty().allMatch(m -> m.source() == Source.STAFF_SURVEY);
    assertThat(found)
        .hasSize(
            (int) catalogue.all().stream().filter(m -> m.source() == Source.STAFF_SURVEY).count());
  }

  @Test
  void records_read_in_statement_2_finds_the_record_reading_measures_of_statement_2() {
    List<Measure> found = MeasureSearch.find(catalogue, 2, "records read");

    assertThat(found)
        .isNotEmpty()
        .allMatch(m -> m.source() == Source.RECORD_READING && m.statement() == 2)
        .extracting(Measure::id)
        .contains("plan-quality-adequate-or-weak", "chronology-present");
  }

  @Test
  void every_word_must_match_and_no_words_finds_every_measure_of_the_statement() {
    assertThat(MeasureSearch.find(catalogue, null, "evaluated adequate or weak"))
        .extracting(Measure::id)
        .containsExactly("plan-quality-adequate-or-weak");
    assertThat(MeasureSearch.find(catalogue, null, "zebra")).isEmpty();
    assertThat(MeasureSearch.find(catalogue, 1, "  "))
        .hasSize((int) catalogue.all().stream().filter(m -> m.statement() == 1).count());
  }

  @Test
  void each_accepted_phrase_reads_as_the_standard_word_of_its_middle_and_says_when_it_straddles() {
    List<PhraseReading> accepted = PhraseReading.accepted(phrases);

    assertThat(accepted.get(0).words()).isEqualTo("none");
    assertThat(accepted)
        .filteredOn(p -> p.words().equals("just under three-quarters"))
        .singleElement()
        .satisfies(p -> assertThat(p.readsAs()).isEqualTo("reads as the majority (50% up to 74%)"));
    assertThat(PhraseReading.of("less than one-third", phrases).orElseThrow().readsAs())
        .isEqualTo(
            "reads as less than half (15% up to 49%); its range, 1%-33%, crosses a band boundary");
    assertThat(PhraseReading.of("a good few", phrases)).isEmpty();
  }
}

package scot.qiassist.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.qiassist.RepositoryRules;
import scot.qiassist.grade.Grade;

/** What the reader accepts and, for what it refuses, the exact path and message it gives. */
class EvidenceReaderTest {

  private static final String NOT_A_PERSON =
      "; evidence must be about services in aggregate, without names or details of children or families";
  private static final String ONE_FORM =
      "; expected exactly one of count with of, percent, or phrase";

  // -- what it accepts --------------------------------------------------------------------

  @Test
  void the_north_lanarkshire_example_reads_with_61_evidence_items_and_18_findings()
      throws Exception {
    String json = Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"));

    EvidenceDocument doc = read(json);

    assertThat(doc.partnership()).isEqualTo("North Lanarkshire");
    assertThat(doc.evidence()).hasSize(61);
    assertThat(doc.findings()).hasSize(18);
    assertThat(doc.draftGrade()).isEqualTo(Grade.VERY_GOOD);
    assertThat(doc.samples().recordsRead()).isEqualTo(60);
  }

  @Test
  void a_percentage_in_words_and_a_modified_percentage_are_accepted_as_phrases() throws Exception {
    EvidenceDocument doc =
        read(
            withEvidence(
                """
                {"measure": "ird-held", "phrase": "eighty-eight percent"},
                {"measure": "chronology-present", "phrase": "just over 40%"}
                """));

    assertThat(doc.evidence())
        .containsExactly(
            EvidenceItem.phrase("ird-held", "eighty-eight percent"),
            EvidenceItem.phrase("chronology-present", "just over 40%"));
  }

  @Test
  void a_count_of_a_declared_sample_is_accepted_up_to_the_sample_size() throws Exception {
    EvidenceDocument doc =
        read(withEvidence("{\"measure\": \"ird-held\", \"count\": 60, \"of\": 60}"));

    assertThat(doc.evidence()).containsExactly(EvidenceItem.counted("ird-held", 60, 60));
  }

  @Test
  void a_null_count_beside_a_percent_is_read_as_no_count() throws Exception {
    EvidenceDocument doc =
        read(
            withEvidence(
                "{\"measure\": \"ird-held\", \"count\": null, \"of\": null, \"percent\": 80}"));

    assertThat(doc.evidence()).containsExactly(EvidenceItem.percent("ird-held", 80));
  }

  @Test
  void draft_grade_is_accepted_as_a_number() throws Exception {
    assertThat(read("{\"partnership\": \"X\", \"draftGrade\": 4}").draftGrade())
        .isEqualTo(Grade.GOOD);
    assertThat(read("{\"partnership\": \"X\", \"draftGrade\": 4.0}").draftGrade())
        .isEqualTo(Grade.GOOD);
  }

  @Test
  void draft_grade_is_accepted_as_a_label() throws Exception {
    assertThat(read("{\"partnership\": \"X\", \"draftGrade\": \"Adequate\"}").draftGrade())
        .isEqualTo(Grade.ADEQUATE);
    assertThat(read("{\"partnership\": \"X\", \"draftGrade\": \"Very good\"}").draftGrade())
        .isEqualTo(Grade.VERY_GOOD);
  }

  // -- evidence items ---------------------------------------------------------------------

  @Test
  void unknown_measure_is_refused_with_the_three_nearest_ids() {
    List<Problem> problems =
        problems(withEvidence("{\"measure\": \"ird-helds\", \"phrase\": \"most\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].measure",
                "'ird-helds' is not in the measure catalogue; the nearest are 'ird-held', 'plan-present', 'ird-within-timescales'"));
  }

  @Test
  void count_above_of_is_refused_with_the_path_and_both_numbers() {
    List<Problem> problems =
        problems(withEvidence("{\"measure\": \"ird-held\", \"count\": 12, \"of\": 10}"));

    assertThat(problems)
        .containsExactly(new Problem("evidence[0].count", "12 is more than the 10 given in 'of'"));
  }

  @Test
  void of_above_the_declared_sample_of_the_measures_source_is_refused() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "count": 12, "of": 61},
                {"measure": "staff-feel-valued", "count": 90, "of": 101}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].of",
                "61 is more than the sample of 60 records read declared in samples; 'ird-held' counts records read"),
            new Problem(
                "evidence[1].of",
                "101 is more than the sample of 100 staff survey responses declared in samples; 'staff-feel-valued' counts staff survey responses"));
  }

  @Test
  void of_is_not_bounded_when_the_measures_source_has_no_declared_sample() throws Exception {
    EvidenceDocument doc =
        read(
            withEvidence(
                """
                {"measure": "children-feel-safe-where-they-live", "count": 150, "of": 200},
                {"measure": "children-attended-hearing", "count": 150, "of": 200}
                """));

    assertThat(doc.evidence()).hasSize(2);
  }

  @Test
  void percent_outside_0_to_100_is_refused() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "percent": 100.5},
                {"measure": "chronology-present", "percent": -1}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("evidence[0].percent", "100.5 is outside 0 to 100"),
            new Problem("evidence[1].percent", "-1 is outside 0 to 100"));
  }

  @Test
  void unknown_phrase_is_refused_naming_the_nearest_accepted_phrases_not_all_of_them() {
    List<Problem> problems =
        problems(withEvidence("{\"measure\": \"ird-held\", \"phrase\": \"loads\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].phrase",
                "'loads' is not a phrase QI Assist knows; nearest: 'all' (100%),"
                    + " 'most' (75%-89%), 'none' (0%); or a percentage such as '88%' or"
                    + " 'just over 40%'"));
  }

  @Test
  void a_misspelt_standard_word_is_refused_with_the_word_meant_first() {
    List<Problem> problems =
        problems(withEvidence("{\"measure\": \"ird-held\", \"phrase\": \"most all\"}"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message())
        .startsWith("'most all' is not a phrase QI Assist knows; nearest: 'almost all' (90%-99%)");
  }

  @Test
  void a_hedged_fraction_is_evidence_read_as_its_range() throws Exception {
    var document =
        RepositoryRules.reader()
            .read(
                withEvidence("{\"measure\": \"ird-held\", \"phrase\": \"about three-quarters\"}"));

    assertThat(document.evidence().get(0).phrase()).isEqualTo("about three-quarters");
  }

  @Test
  void two_forms_given_for_one_item_are_refused_naming_both() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "percent": 80, "phrase": "most"},
                {"measure": "chronology-present", "count": 3, "of": 4, "phrase": "most"}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("evidence[0]", "gives percent and phrase" + ONE_FORM),
            new Problem("evidence[1]", "gives count with of and phrase" + ONE_FORM));
  }

  @Test
  void an_item_with_no_form_is_refused() {
    List<Problem> problems =
        problems(withEvidence("{\"measure\": \"ird-held\", \"note\": \"From the records read.\"}"));

    assertThat(problems).containsExactly(new Problem("evidence[0]", "no figure given" + ONE_FORM));
  }

  @Test
  void a_count_without_of_or_of_without_count_is_refused_naming_the_missing_half() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "count": 3},
                {"measure": "chronology-present", "of": 20}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("evidence[0].of", "is missing"),
            new Problem("evidence[1].count", "is missing"));
  }

  @Test
  void a_measure_given_twice_is_refused_naming_the_first() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "phrase": "most"},
                {"measure": "chronology-present", "phrase": "few"},
                {"measure": "ird-held", "phrase": "few"}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[2].measure",
                "'ird-held' is already given at evidence[0]; give each measure once"));
  }

  // -- findings ---------------------------------------------------------------------------

  @Test
  void statement_outside_1_to_4_is_refused() {
    List<Problem> problems =
        problems(
            withFindings(
                """
                {"statement": 5, "kind": "strength", "weight": "major", "text": "Leaders had a clear vision."},
                {"statement": 0, "kind": "strength", "weight": "major", "text": "Leaders had a clear vision."}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("findings[0].statement", "5 is outside 1 to 4"),
            new Problem("findings[1].statement", "0 is outside 1 to 4"));
  }

  @Test
  void a_finding_with_wrong_values_is_refused_field_by_field() {
    List<Problem> problems =
        problems(
            withFindings(
                """
                {"statement": 1.5, "kind": "Strength", "weight": "huge", "text": "Staff were confident.",
                 "aspect": "safe", "keyMessage": "yes"}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("findings[0].statement", "1.5 is not a whole number; expected 1 to 4"),
            new Problem(
                "findings[0].kind", "'Strength' is not one of 'strength', 'area-for-improvement'"),
            new Problem("findings[0].weight", "'huge' is not one of 'minor', 'important', 'major'"),
            new Problem(
                "findings[0].aspect",
                "'safe' is not one of 'secure', 'listened-to', 'relationships', 'best-start'"),
            new Problem("findings[0].keyMessage", "'yes' is not true or false"));
  }

  // -- unknown fields ---------------------------------------------------------------------

  @Test
  void an_unknown_top_level_field_is_refused_listing_the_known_ones() {
    List<Problem> problems = problems("{\"partnership\": \"X\", \"colour\": \"red\"}");

    assertThat(problems)
        .containsExactly(
            new Problem(
                "colour",
                "is not a field QI Assist knows; expected one of $schema, description, draftGrade, evidence, findings, inspectionPeriod, partnership, samples"));
  }

  @Test
  void an_unknown_field_in_an_evidence_item_is_refused_listing_the_known_ones() {
    List<Problem> problems =
        problems(
            withEvidence(
                "{\"measure\": \"ird-held\", \"phrase\": \"most\", \"source\": \"records\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].source",
                "is not a field QI Assist knows; expected one of count, measure, note, of, percent, phrase"));
  }

  @Test
  void an_unknown_field_in_a_finding_is_refused_listing_the_known_ones() {
    List<Problem> problems =
        problems(
            withFindings(
                "{\"statement\": 4, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": \"Staff felt valued.\", \"why\": 1}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "findings[0].why",
                "is not a field QI Assist knows; expected one of aspect, keyMessage, kind, outstanding, statement, text, weight"));
  }

  @Test
  void an_unknown_sample_is_refused_listing_the_known_ones() {
    List<Problem> problems =
        problems("{\"partnership\": \"X\", \"samples\": {\"staffSurveys\": 10}}");

    assertThat(problems)
        .containsExactly(
            new Problem(
                "samples.staffSurveys",
                "is not a field QI Assist knows; expected one of childrenAndYoungPeople, electedMembers, parentsAndCarers, recordsRead, staffMet, staffSurvey"));
  }

  // -- JSON and types ---------------------------------------------------------------------

  @Test
  void malformed_json_is_refused_with_its_line_and_column() {
    String json =
        """
        {"partnership": "X",
          "evidence": [
            {"measure" "ird-held"}
          ]}
        """;

    assertThat(problems(json))
        .containsExactly(
            new Problem(
                "",
                "the evidence is not valid JSON at line 3, column 16: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value"));
  }

  @Test
  void a_field_given_twice_is_refused_as_malformed_json() {
    assertThat(problems("{\"partnership\": \"X\", \"partnership\": \"Y\"}"))
        .containsExactly(
            new Problem(
                "",
                "the evidence is not valid JSON at line 1, column 35: Duplicate field 'partnership'"));
  }

  @Test
  void empty_evidence_and_a_top_level_list_are_refused() {
    assertThat(problems("  ")).containsExactly(new Problem("", "the evidence is empty"));
    assertThat(problems("[]"))
        .containsExactly(
            new Problem("", "expected a JSON object with the evidence of one inspection"));
  }

  @Test
  void a_missing_partnership_is_refused() {
    assertThat(problems("{}")).containsExactly(new Problem("partnership", "is missing"));
  }

  @Test
  void a_string_where_a_number_is_expected_is_refused_with_the_value_and_the_range() {
    List<Problem> problems =
        problems(
            withEvidence(
                """
                {"measure": "ird-held", "count": "12", "of": 20},
                {"measure": "chronology-present", "percent": "80"}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem("evidence[0].count", "'12' is not a whole number; expected 0 to 1000000"),
            new Problem("evidence[1].percent", "'80' is not a number; expected 0 to 100"));
  }

  @Test
  void a_number_where_text_is_expected_is_refused() {
    assertThat(problems("{\"partnership\": 123}"))
        .containsExactly(
            new Problem("partnership", "123 is not text; expected a non-empty string"));
  }

  @Test
  void text_above_its_limit_is_refused_with_its_length() {
    String note = "a".repeat(EvidenceReader.MAX_TEXT + 1);

    assertThat(
            problems(
                "{\"partnership\": \""
                    + "P".repeat(121)
                    + "\", \"description\": \""
                    + "d".repeat(4001)
                    + "\", \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": \""
                    + note
                    + "\"}]}"))
        .containsExactly(
            new Problem("partnership", "is 121 characters long; the limit is 120"),
            new Problem("description", "is 4001 characters long; the limit is 4000"),
            new Problem("findings[0].text", "is 2001 characters long; the limit is 2000"));
  }

  @Test
  void more_than_500_evidence_items_are_refused() {
    String item = "{\"measure\": \"ird-held\", \"phrase\": \"most\"}";
    String items =
        String.join(",", java.util.Collections.nCopies(EvidenceReader.MAX_ITEMS + 1, item));

    assertThat(problems(withEvidence(items)))
        .containsExactly(new Problem("evidence", "501 entries is more than the limit of 500"));
  }

  @Test
  void sample_sizes_must_be_whole_numbers_of_at_least_1() {
    assertThat(
            problems(
                "{\"partnership\": \"X\", \"samples\": {\"recordsRead\": 0, \"staffSurvey\": \"many\"}}"))
        .containsExactly(
            new Problem("samples.recordsRead", "0 is outside 1 to 1000000"),
            new Problem(
                "samples.staffSurvey", "'many' is not a whole number; expected 1 to 1000000"));
  }

  // -- draft grade and inspection period --------------------------------------------------

  @Test
  void an_invalid_draft_grade_is_refused_listing_the_grades() {
    String expected =
        " is not a grade; expected a grade from 1 to 6 or its label: Excellent, Very good, Good, Adequate, Weak, Unsatisfactory";

    assertThat(problems("{\"partnership\": \"X\", \"draftGrade\": 7}"))
        .containsExactly(new Problem("draftGrade", "7" + expected));
    assertThat(problems("{\"partnership\": \"X\", \"draftGrade\": 4.5}"))
        .containsExactly(new Problem("draftGrade", "4.5" + expected));
    assertThat(problems("{\"partnership\": \"X\", \"draftGrade\": \"Fair\"}"))
        .containsExactly(new Problem("draftGrade", "'Fair'" + expected));
  }

  @Test
  void an_inspection_period_ending_before_it_starts_is_refused_with_both_dates() {
    List<Problem> problems =
        problems(
            "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"2023-09-13\", \"to\": \"2023-04-17\"}}");

    assertThat(problems)
        .containsExactly(
            new Problem(
                "inspectionPeriod.to",
                "2023-04-17 is before the start of the inspection, 2023-09-13; expected the last day, on or after 'from'"));
  }

  @Test
  void an_inspection_period_with_dates_not_written_yyyy_mm_dd_is_refused() {
    List<Problem> problems =
        problems(
            "{\"partnership\": \"X\", \"inspectionPeriod\": {\"from\": \"17/04/2023\", \"to\": \"2023-02-30\"}}");

    assertThat(problems)
        .containsExactly(
            new Problem(
                "inspectionPeriod.from",
                "'17/04/2023' is not a date; expected YYYY-MM-DD, such as 2023-04-17"),
            new Problem(
                "inspectionPeriod.to",
                "'2023-02-30' is not a date; expected YYYY-MM-DD, such as 2023-04-17"));
  }

  @Test
  void an_inspection_period_that_is_not_an_object_is_refused() {
    assertThat(problems("{\"partnership\": \"X\", \"inspectionPeriod\": \"2023\"}"))
        .containsExactly(
            new Problem(
                "inspectionPeriod",
                "expected {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}, found '2023'"));
  }

  // -- personal data ----------------------------------------------------------------------

  @Test
  void an_email_address_in_a_note_is_refused() {
    List<Problem> problems =
        problems(
            withEvidence(
                "{\"measure\": \"ird-held\", \"phrase\": \"most\", \"note\": \"Reported by jo.bloggs@example.org\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].note",
                "looks like it identifies a person: an email address ('jo.******@*******.***', at character 13)"
                    + NOT_A_PERSON));
  }

  @Test
  void a_postcode_in_a_note_is_refused() {
    List<Problem> problems =
        problems(
            withEvidence(
                "{\"measure\": \"ird-held\", \"phrase\": \"most\", \"note\": \"The family lived at ML1 1AB.\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].note",
                "looks like it identifies a person: a postcode ('ML1 ***', at character 21)"
                    + NOT_A_PERSON));
  }

  @Test
  void a_titled_name_in_a_finding_is_refused() {
    List<Problem> problems =
        problems(
            withFindings(
                "{\"statement\": 3, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": \"Mrs Smith said staff listened.\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "findings[0].text",
                "looks like it identifies a person: a person's name ('Mrs *****', at character 1)"
                    + NOT_A_PERSON));
  }

  @Test
  void a_date_of_birth_in_a_finding_is_refused() {
    List<Problem> problems =
        problems(
            withFindings(
                """
                {"statement": 1, "kind": "area-for-improvement", "weight": "minor", "text": "A child born 03/02/2015 was not seen."},
                {"statement": 1, "kind": "area-for-improvement", "weight": "minor", "text": "The DOB was missing from the plan."}
                """));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "findings[0].text",
                "looks like it identifies a person: a full date, which could be a date of birth"
                    + " (give a month and year instead, such as April 2023) ('03/**/****', at character 14)"
                    + NOT_A_PERSON),
            new Problem(
                "findings[1].text",
                "looks like it identifies a person: a date of birth ('D**', at character 5)"
                    + NOT_A_PERSON));
  }

  @Test
  void personal_data_in_the_description_is_refused() {
    assertThat(
            problems(
                "{\"partnership\": \"X\", \"description\": \"Contact 01698 403 200 for the report.\"}"))
        .containsExactly(
            new Problem(
                "description",
                "looks like it identifies a person: a telephone number ('016** *** ***', at character 9)"
                    + NOT_A_PERSON));
  }

  @ParameterizedTest(name = "refused in every free-text field: {1}")
  @MethodSource("scot.qiassist.evidence.PersonalDataScreenTest#identifying")
  void every_identifying_sentence_of_the_corpus_is_refused_in_every_free_text_field(
      String kind, String sentence, String identifyingPart) throws Exception {
    String text = new ObjectMapper().writeValueAsString(sentence);
    String json =
        "{\"partnership\": "
            + text
            + ", \"description\": "
            + text
            + ", \"evidence\": [{\"measure\": \"ird-held\", \"phrase\": \"most\", \"note\": "
            + text
            + "}], \"findings\": [{\"statement\": 1, \"kind\": \"strength\", \"weight\": \"minor\", \"text\": "
            + text
            + "}]}";

    List<Problem> problems = problems(json);

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly("partnership", "description", "evidence[0].note", "findings[0].text");
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .startsWith("looks like it identifies a person: " + kind)
                    .endsWith(NOT_A_PERSON));
  }

  @Test
  void a_control_character_anywhere_is_refused_at_its_field_naming_the_character() {
    List<Problem> problems =
        problems(
            withEvidence(
                "{\"measure\": \"ird-\\u0000held\", \"phrase\": \"most\", \"note\": \"From the\\u001brecords.\"}"));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "evidence[0].measure",
                "contains a control character, U+0000, at character 5; text may hold tabs and line breaks (\\n) but no other control characters"),
            new Problem(
                "evidence[0].note",
                "contains a control character, U+001B, at character 9; text may hold tabs and line breaks (\\n) but no other control characters"));
  }

  // -- all at once ------------------------------------------------------------------------

  @Test
  void several_problems_in_one_file_are_all_reported_at_once() {
    String json =
        """
        {
          "partnership": "X",
          "colour": "red",
          "samples": {"recordsRead": 60},
          "evidence": [
            {"measure": "ird-helds", "phrase": "most"},
            {"measure": "chronology-present", "count": 12, "of": 10}
          ],
          "findings": [
            {"statement": 5, "kind": "strength", "weight": "major", "text": "Leaders had a clear vision."},
            {"statement": 2, "kind": "strength", "weight": "major", "text": "Ask jo@example.org for more."}
          ]
        }
        """;

    InvalidEvidenceException e = refusal(json);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "colour",
            "evidence[0].measure",
            "evidence[1].count",
            "findings[0].statement",
            "findings[1].text");
    assertThat(e.getMessage()).startsWith("The evidence has 5 problems:\n  colour: is not a field");
  }

  // -- helpers ----------------------------------------------------------------------------

  private static EvidenceDocument read(String json) throws InvalidEvidenceException {
    return RepositoryRules.reader().read(json);
  }

  private static List<Problem> problems(String json) {
    return refusal(json).problems();
  }

  private static InvalidEvidenceException refusal(String json) {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> RepositoryRules.reader().read(json));
    assertThat(e).as("the reader refuses the evidence").isNotNull();
    return e;
  }

  /** A document with samples of 60 records and 100 staff survey responses, and these items. */
  private static String withEvidence(String items) {
    return "{\"partnership\": \"X\", \"samples\": {\"recordsRead\": 60, \"staffSurvey\": 100}, \"evidence\": ["
        + items
        + "]}";
  }

  private static String withFindings(String findings) {
    return "{\"partnership\": \"X\", \"findings\": [" + findings + "]}";
  }
}

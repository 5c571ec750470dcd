package scot.qiassist.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The personal-data screen over a corpus: sentences that identify a person in the forms inspection
 * notes have carried them (each refused as the kind of data it holds), and sentences of a published
 * inspection report (each let through). Names, numbers and addresses here are made up: telephone
 * numbers are from Ofcom's ranges for drama (07700 900xxx, 0141 496 0xxx, 0131 496 0xxx).
 */
class PersonalDataScreenTest {

  private static final String NAME = "a person's name";
  private static final String CHI = "a CHI number";
  private static final String PHONE = "a telephone number";
  private static final String FULL_DATE = DatesOfBirth.FULL_DATE;
  private static final String BIRTH = "a date of birth";
  private static final String POSTCODE = "a postcode";
  private static final String ADDRESS = "a street address";
  private static final String EMAIL = "an email address";

  static Stream<Arguments> identifying() {
    return Stream.of(
        // Titled names, in any case and spacing
        Arguments.of(NAME, "Mrs Smith said staff listened.", "Smith"),
        Arguments.of(NAME, "MRS SMITH attended the core group.", "SMITH"),
        Arguments.of(NAME, "Mrs\u00a0Smith attended the review.", "Smith"),
        Arguments.of(NAME, "Mrs\u202fSmith attended the review.", "Smith"),
        Arguments.of(NAME, "Mrs\u200bSmith attended the review.", "Smith"),
        Arguments.of(NAME, "Mrs\tSmith attended the review.", "Smith"),
        Arguments.of(NAME, "Mrs  \n Smith attended the review.", "Smith"),
        Arguments.of(NAME, "\uff2d\uff52\uff53 \uff33\uff4d\uff49\uff54\uff48 attended.", "Smith"),
        Arguments.of(NAME, "Dr Jones said the plan was late.", "Jones"),
        Arguments.of(NAME, "DR JONES said the plan was late.", "JONES"),
        Arguments.of(NAME, "Mrs O'Neill said she felt heard.", "O'Neill"),
        Arguments.of(NAME, "Mrs O\u2019Neill said she felt heard.", "Neill"),
        Arguments.of(NAME, "Mr Brown was not invited to the review.", "Brown"),
        Arguments.of(NAME, "MR BROWN was not invited to the review.", "BROWN"),
        Arguments.of(NAME, "Ms Patel's views were recorded.", "Patel"),
        Arguments.of(NAME, "Miss Taylor attended the meeting.", "Taylor"),
        Arguments.of(NAME, "Mx Campbell took part in the hearing.", "Campbell"),
        Arguments.of(NAME, "Prof Anderson chaired the review.", "Anderson"),
        Arguments.of(NAME, "Professor Anderson chaired the review.", "Anderson"),
        Arguments.of(NAME, "Mrs. Smith attended.", "Smith"),
        Arguments.of(NAME, "Mrs.Smith attended.", "Smith"),
        Arguments.of(NAME, "mrs Smith attended.", "Smith"),
        Arguments.of(NAME, "Mrs J. Smith attended.", "Smith"),
        Arguments.of(NAME, "Dr McDonald-Reid reviewed the plan.", "McDonald"),
        // CHI numbers: a valid check digit in any grouping, or any ten digits called a CHI number
        Arguments.of(CHI, "CHI 0101011234", "1011234"),
        Arguments.of(CHI, "CHI 010101-1234", "1234"),
        Arguments.of(CHI, "chi no. 3112990010 was on the referral.", "990010"),
        Arguments.of(CHI, "CHI: 1503124560", "124560"),
        Arguments.of(CHI, "Record 0101011237 was read.", "1011237"),
        Arguments.of(CHI, "The plan gave 010101 1237 at the top.", "1237"),
        Arguments.of(CHI, "The plan gave 010-101-1237 at the top.", "1237"),
        Arguments.of(CHI, "The plan gave 01 01 01 12 37 at the top.", "12 37"),
        Arguments.of(CHI, "The plan gave 1503.12.4568 at the top.", "4568"),
        Arguments.of(
            CHI,
            "The plan gave \uff10\uff11\uff10\uff11\uff10\uff11\uff11\uff12\uff13\uff17.",
            "1237"),
        // Telephone numbers
        Arguments.of(PHONE, "07700 900123", "900123"),
        Arguments.of(PHONE, "Ring 07700-900-123 after six.", "900"),
        Arguments.of(PHONE, "Ring +44 (0)7700 900123 after six.", "900123"),
        Arguments.of(PHONE, "Ring +44 7700 900123 after six.", "900123"),
        Arguments.of(PHONE, "Ring 0044 7700 900123 after six.", "900123"),
        Arguments.of(PHONE, "Ring 07700900123 after six.", "900123"),
        Arguments.of(PHONE, "Ring 07700\u00a0900123 after six.", "900123"),
        Arguments.of(
            PHONE,
            "Ring \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13.",
            "900"),
        Arguments.of(PHONE, "Call 0141 496 0000 for details.", "496 0000"),
        Arguments.of(PHONE, "tel. (0131) 496 0000", "496 0000"),
        // Dates of birth in the written forms
        Arguments.of(FULL_DATE, "The child was born 12.03.2015.", "03.2015"),
        Arguments.of(FULL_DATE, "12/03/2015 was on the plan.", "2015"),
        Arguments.of(FULL_DATE, "12-03-2015 was on the plan.", "2015"),
        Arguments.of(FULL_DATE, "DOB 12/3/15", "3/15"),
        Arguments.of(FULL_DATE, "born 2015-03-12", "03-12"),
        Arguments.of(FULL_DATE, "born 12 . 03 . 2015", "2015"),
        Arguments.of(BIRTH, "born 12 March 2015", "March"),
        Arguments.of(BIRTH, "She was born on the 12th of March 2015.", "March"),
        Arguments.of(BIRTH, "born March 12, 2015", "2015"),
        Arguments.of(BIRTH, "His birthday, 3 Feb 2016, was missed.", "2016"),
        Arguments.of(BIRTH, "The DOB was missing from the plan.", "DOB"),
        Arguments.of(BIRTH, "d.o.b. given on the front sheet", "d.o.b"),
        Arguments.of(BIRTH, "D. O. B. given on the front sheet", "O. B"),
        Arguments.of(BIRTH, "d .o .b given on the front sheet", "o .b"),
        Arguments.of(BIRTH, "The date of birth was wrong on the referral.", "of birth"),
        // Postcodes
        Arguments.of(POSTCODE, "The family lived at ML1 1AB.", "1AB"),
        Arguments.of(POSTCODE, "The family lived at ml1 1ab.", "1ab"),
        Arguments.of(POSTCODE, "The family lived at ML11AB.", "1AB"),
        Arguments.of(POSTCODE, "The family lived at EH12 9DN.", "9DN"),
        Arguments.of(POSTCODE, "The family lived at ML1\u00a01AB.", "1AB"),
        // Street addresses
        Arguments.of(ADDRESS, "Jamie Smith, 14 Main Street, Motherwell", "Main"),
        Arguments.of(ADDRESS, "She lived at 2 Victoria Road.", "Victoria"),
        Arguments.of(ADDRESS, "They moved to 23A Hamilton Crescent last year.", "Hamilton"),
        Arguments.of(ADDRESS, "They moved to 7 MAIN STREET last year.", "MAIN"),
        Arguments.of(ADDRESS, "They moved to 102 Glen Isla Avenue last year.", "Isla"),
        Arguments.of(ADDRESS, "They moved to 5 Kirk Wynd last year.", "Kirk"),
        // Email addresses
        Arguments.of(EMAIL, "Reported by jo.bloggs@example.org", "bloggs"),
        Arguments.of(EMAIL, "Contact j.smith@council.example.gov.uk for more.", "smith"));
  }

  @ParameterizedTest(name = "refused as {0}: {1}")
  @MethodSource("identifying")
  void an_identifying_sentence_is_refused_naming_the_kind_of_data_without_repeating_it(
      String kind, String sentence, String identifyingPart) {
    Optional<String> found = PersonalDataScreen.check(sentence);

    assertThat(found).as("what the screen found in: %s", sentence).isPresent();
    assertThat(found.get()).startsWith(kind + " ('");
    assertThat(found.get().substring(kind.length())).doesNotContain(identifyingPart);
  }

  @Test
  void the_identifying_corpus_holds_at_least_60_sentences() {
    assertThat(identifying().count()).isGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "accepted: {0}")
  @MethodSource("harmlessFromTheReport")
  void a_sentence_of_the_north_lanarkshire_report_is_accepted(String sentence) {
    assertThat(PersonalDataScreen.check(sentence)).as(sentence).isEmpty();
  }

  /** The corpus has 85 sentences of the report; every one must pass: 0 false refusals. */
  @Test
  void no_sentence_of_the_report_corpus_is_refused() throws IOException {
    List<String> harmless = harmlessFromTheReport().toList();
    long refused = harmless.stream().filter(s -> PersonalDataScreen.check(s).isPresent()).count();

    assertThat(harmless).hasSizeGreaterThanOrEqualTo(60);
    assertThat(refused).as("false refusals among %d sentences", harmless.size()).isZero();
  }

  /** Harmless sentences written for the screen's edges: a title with no name, a product, a year. */
  @ParameterizedTest(name = "accepted: {0}")
  @ValueSource(
      strings = {
        "Staff addressed parents as Mr or Mrs only when the family wished it.",
        "Meetings were held on MS Teams during the restrictions.",
        "Children in P1 2nd term and S4 3rd year were seen by the school nurse.",
        "The inspection ran between 17 April 2023 and 13 September 2023.",
        "A pre-birth pathway was introduced in August 2023.",
        "Staff did not miss Key signs of neglect.",
        "1316 staff responded to the survey, 88% of them positively.",
        "The rate was 1.4 per 1,000 of the 0-15yr population in 2021/22.",
        "The plan for 2023-2028 had seven main elements.",
        "Quality indicator 2.1 was evaluated as very good."
      })
  void a_harmless_sentence_at_the_edge_of_a_pattern_is_accepted(String sentence) {
    assertThat(PersonalDataScreen.check(sentence)).as(sentence).isEmpty();
  }

  @Test
  void the_message_points_to_the_character_where_the_data_starts_in_the_original_text() {
    assertThat(PersonalDataScreen.check("The family lived at\u00a0\u00a0ML1 1AB."))
        .contains("a postcode ('ML1 ***', at character 22)");
  }

  @Test
  void ten_digits_whose_check_digit_fails_and_that_nobody_calls_a_chi_number_are_not_one() {
    assertThat(ChiNumbers.isValid("0101011237")).isTrue();
    assertThat(ChiNumbers.isValid("0101011234")).isFalse();
    assertThat(ChiNumbers.isValid("3213011237")).as("day 32").isFalse();
  }

  static Stream<String> harmlessFromTheReport() throws IOException {
    Path corpus =
        Path.of("src/test/resources/personal-data/harmless-from-north-lanarkshire-2023.txt");
    return Files.readAllLines(corpus, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"));
  }
}

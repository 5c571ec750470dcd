package scot.qiassist.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The screen tries its patterns that start at or near a digit only near digits, and finds what
 * trying them at every character finds; and it leaves libphonenumber out only where libphonenumber
 * would find no number that counts.
 */
class NearDigitsTest {

  /** Pieces of text that the patterns and libphonenumber react to, and harmless ones. */
  private static final List<String> PIECES =
      List.of(
          "0",
          "1",
          "7",
          "12",
          "31",
          "2023",
          "2019/20",
          "07700",
          "900123",
          "0800",
          "1111",
          "44",
          "0141",
          "ML1",
          "G2",
          "EH12",
          "3AB",
          "9ZZ",
          "2nd",
          " ",
          " ",
          "  ",
          "-",
          ".",
          ",",
          "/",
          "(",
          ")",
          "(0)",
          "+",
          "%",
          "#",
          "x",
          "X",
          "ext",
          "ext.",
          "extension",
          "anexo",
          "int",
          "доб",
          "tel:",
          ";ext=",
          "Main",
          "Street",
          "St",
          "Road",
          "a",
          "the",
          "since",
          "in",
          "records",
          "of",
          "April",
          "\u00a0",
          "é",
          "٣",
          "１");

  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(0, 14)
        .map(picks -> String.join("", picks.stream().map(PIECES::get).toList()));
  }

  /** Each digit-led pattern, with how many characters its first digit may stand from its start. */
  private static final Map<Pattern, Integer> LEADS =
      Map.of(
          DatesOfBirth.FIGURES, 0,
          DatesOfBirth.ISO, 0,
          PersonalDataScreen.STREET_ADDRESS, 0,
          PersonalDataScreen.POSTCODE, 2);

  @Test
  void a_pattern_tried_near_digits_finds_what_it_finds_tried_everywhere() {
    qt().withExamples(20_000)
        .forAll(texts(), integers().between(0, 3))
        .checkAssert(
            (text, reject) -> {
              ScreenText screened = ScreenText.of(text);
              LEADS.forEach(
                  (pattern, lead) -> {
                    // Rejecting some matches checks that the search goes on where find() would.
                    PatternDetector everywhere =
                        new PatternDetector("x", pattern, false, m -> m.start() % 4 != reject);
                    assertThat(everywhere.nearDigits(lead).find(screened))
                        .as("%s in '%s'", pattern, text)
                        .isEqualTo(everywhere.find(screened));
                  });
            });
  }

  @Test
  void text_left_out_of_the_telephone_search_holds_no_number_that_counts() {
    qt().withExamples(20_000)
        .forAll(texts())
        .checkAssert(
            text -> {
              if (!TelephoneNumbers.mayHoldOne(text)) {
                assertThat(TelephoneNumbers.numbers(text)).as("'%s'", text).isEmpty();
              }
            });
  }

  @Test
  void a_note_with_a_year_and_a_percentage_is_not_searched_for_telephone_numbers() {
    assertThat(TelephoneNumbers.mayHoldOne("by 89% since 2019/20.")).isFalse();
    assertThat(TelephoneNumbers.mayHoldOne("call 0141 287 0555")).isTrue();
    assertThat(TelephoneNumbers.mayHoldOne("+49 30 1234")).isTrue();
  }
}

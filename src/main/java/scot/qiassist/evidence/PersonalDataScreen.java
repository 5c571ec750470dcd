package scot.qiassist.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Refuses free text that looks like it identifies a child or family.
 *
 * <p>Evidence is about services in aggregate. This screen cannot recognise every name, so it looks
 * for the details that most often slip into notes: email addresses, CHI numbers, telephone numbers,
 * dates of birth, postcodes, titled names ("Mrs Smith", "MRS SMITH", "Dr Jones") and street
 * addresses ("14 Main Street"). It reads the text normalised first ({@link ScreenText}), so a
 * no-break space, full-width digits or capitals change nothing.
 */
public final class PersonalDataScreen {

  private static final List<String> TITLES =
      List.of("mr", "mrs", "ms", "mx", "dr", "prof", "professor", "miss", "master");
  private static final Set<String> NOT_TITLES = Set.of("miss", "master");

  /** A postcode ("ML1 2AB"): one or two letters and a digit start it. */
  static final Pattern POSTCODE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\d])([a-z]{1,2}\\d[a-z\\d]?) ?(\\d[abd-hjlnp-uw-z]{2})(?![\\p{L}\\d])");

  /** A street address ("14 Main Street"), which starts with its number. */
  static final Pattern STREET_ADDRESS =
      Pattern.compile(
          "(?<![\\d.,/])\\b\\d{1,4}[A-Za-z]?,? (?:\\p{Lu}[\\p{L}'’-]*\\.? ){1,3}"
              + "(?i:street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|place|pl"
              + "|court|ct|terrace|gardens|gdns|close|way|square|sq|park|grove|view|wynd"
              + "|brae|loan|row|walk|gate|green|mews|vennel|parade|quadrant)\\b");

  private static final List<Detector> DETECTORS =
      Stream.of(
              List.<Detector>of(
                  PatternDetector.of(
                          "an email address",
                          "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+")
                      .onlyWhen(t -> t.text().indexOf('@') >= 0),
                  new ChiNumbers(),
                  new TelephoneNumbers()),
              DatesOfBirth.detectors(),
              List.<Detector>of(
                  new PatternDetector(
                          "a postcode", POSTCODE, false, PersonalDataScreen::notAnOrdinal)
                      .nearDigits(2) // "ML1": the digit after one or two letters
                      .onlyWhen(ScreenText::hasDigit),
                  new PatternDetector(
                          "a person's name",
                          Pattern.compile(
                              "(?<![\\p{L}])((?i:mr|mrs|ms|miss|mx|dr|prof|professor|master))(?:\\. ?| )"
                                  + "(?:\\p{Lu}\\.? )*(\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L})"),
                          false,
                          PersonalDataScreen::isTitledName)
                      .onlyWhen(t -> t.mentionsWord(TITLES)),
                  new PatternDetector("a street address", STREET_ADDRESS, false, m -> true)
                      .nearDigits(0)
                      .onlyWhen(ScreenText::hasDigit)))
          .flatMap(List::stream)
          .toList();

  private PersonalDataScreen() {}

  /**
   * What in the text looks like personal data, if anything, described without repeating it: "a
   * postcode ('ML1 ***', at character 21)".
   */
  public static Optional<String> check(String text) {
    ScreenText normalised = ScreenText.of(text);
    for (Detector d : DETECTORS) {
      Optional<Sighting> found = d.find(normalised);
      if (found.isPresent()) {
        return Optional.of(found.get().describe(normalised));
      }
    }
    return Optional.empty();
  }

  /**
   * A title before a capitalised word, except "miss" and "master" in lower case (words, not
   * titles), and "MS" in capitals before a word that is not in capitals ("MS Teams"): a title in
   * capitals goes with a name in capitals ("MRS SMITH").
   */
  private static boolean isTitledName(Matcher m) {
    String title = m.group(1);
    String name = m.group(2);
    if (NOT_TITLES.contains(title)) {
      return false;
    }
    return !title.equals("MS") || name.equals(name.toUpperCase(java.util.Locale.ROOT));
  }

  /** "P1 2nd" and "S4 3rd" are school years and ordinals, not postcodes. */
  private static boolean notAnOrdinal(Matcher m) {
    String inward = m.group(2).substring(1);
    return !Set.of("st", "nd", "rd", "th").contains(inward);
  }
}

package scot.qiassist.evidence;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Telephone numbers, found by Google's libphonenumber as a UK reader would dial them: a number it
 * knows to be valid, or one of a UK number's length written from its 0 or +44 (so Ofcom's drama
 * numbers, 07700 900123, count too), or any number written with a + and its country code.
 */
final class TelephoneNumbers implements Detector {

  static final String KIND = "a telephone number";
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final int UK = 44;

  /** The fewest digits a telephone number is written with: text with fewer is not searched. */
  private static final int FEWEST = 7;

  @Override
  public Optional<Sighting> find(ScreenText text) {
    if (text.digits() < FEWEST) {
      return Optional.empty();
    }
    // "+44 (0)7700 900123": the (0) that UK numbers often carry is not dialled from abroad.
    String dialled = text.text().replace("(0)", "   ");
    for (PhoneNumberMatch m :
        PHONES.findNumbers(dialled, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
      if (counts(m.rawString(), m.number())) {
        return Optional.of(new Sighting(KIND, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  private static boolean counts(String raw, PhoneNumber number) {
    if (PHONES.isValidNumber(number) || raw.startsWith("+")) {
      return true;
    }
    int length = PHONES.getNationalSignificantNumber(number).length();
    return number.getCountryCode() == UK && raw.startsWith("0") && length >= 9 && length <= 10;
  }
}

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
    return mayHoldOne(dialled) ? numbers(dialled) : Optional.empty();
  }

  /** The first number libphonenumber finds that counts, searching all the text. */
  static Optional<Sighting> numbers(String dialled) {
    for (PhoneNumberMatch m :
        PHONES.findNumbers(dialled, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
      if (counts(m.rawString(), m.number())) {
        return Optional.of(new Sighting(KIND, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text could hold a number that counts: one written with a plus, or seven digits at
   * least among the characters numbers are written with. A number without a plus counts only when
   * valid or UK-length, seven digits at least, and libphonenumber reads a number from digits,
   * punctuation and an extension only, never across a word; so "89% since 2019/20", eight digits
   * but in runs of two and six, is not searched (searching a note costs tens of microseconds). The
   * x of "ext" and the x libphonenumber takes as punctuation count as digits, to be safe.
   */
  static boolean mayHoldOne(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+' || c == '\uFF0B') {
        return true;
      }
      if (Character.isDigit(c) || c == 'x' || c == 'X') {
        if (++run >= FEWEST) {
          return true;
        }
      } else if (c < 0x80 && Character.isLetter(c)) {
        run = 0;
      }
    }
    return false;
  }

  private static boolean counts(String raw, PhoneNumber number) {
    if (PHONES.isValidNumber(number) || raw.startsWith("+")) {
      return true;
    }
    int length = PHONES.getNationalSignificantNumber(number).length();
    return number.getCountryCode() == UK && raw.startsWith("0") && length >= 9 && length <= 10;
  }
}

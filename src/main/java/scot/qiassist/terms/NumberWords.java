package scot.qiassist.terms;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a whole number from 0 to 100 written in figures ("88") or in words ("eighty-eight"). */
final class NumberWords {

  private static final List<String> UNITS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Pattern FIGURES = Pattern.compile("\\d{1,3}");
  private static final Pattern COMPOUND = Pattern.compile("([a-z]+)(?:[- ]([a-z]+))?");

  private NumberWords() {}

  static OptionalInt parse(String text) {
    String t = text.trim();
    if (FIGURES.matcher(t).matches()) {
      int n = Integer.parseInt(t);
      return n <= 100 ? OptionalInt.of(n) : OptionalInt.empty();
    }
    if (t.equals("one hundred") || t.equals("a hundred") || t.equals("hundred")) {
      return OptionalInt.of(100);
    }
    Matcher m = COMPOUND.matcher(t);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int first = UNITS.indexOf(m.group(1));
    if (m.group(2) == null) {
      return first >= 0 ? OptionalInt.of(first) : tens(m.group(1));
    }
    OptionalInt tens = tens(m.group(1));
    int unit = UNITS.indexOf(m.group(2));
    if (tens.isEmpty() || unit < 1 || unit > 9) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(tens.getAsInt() + unit);
  }

  private static OptionalInt tens(String word) {
    int i = TENS.indexOf(word);
    return i >= 2 ? OptionalInt.of(i * 10) : OptionalInt.empty();
  }
}

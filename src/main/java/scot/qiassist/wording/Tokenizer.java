package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into tokens; a hyphen splits words ("two-thirds" is "two", "thirds"). */
final class Tokenizer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
              + "|([\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['\u2019](?=\\p{L}))*)"
              + "|(%)"
              + "|([,;:()\\[\\]\u2014\u2013])");

  private Tokenizer() {}

  static List<Token> tokens(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      Token.Type type;
      if (m.group(1) != null) {
        type = Token.Type.NUMBER;
      } else if (m.group(2) != null) {
        type = Token.Type.WORD;
      } else if (m.group(3) != null) {
        type = Token.Type.PERCENT_SIGN;
      } else {
        type = Token.Type.PUNCTUATION;
      }
      String lower = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      tokens.add(new Token(m.start(), m.end(), lower, type));
    }
    return tokens;
  }
}

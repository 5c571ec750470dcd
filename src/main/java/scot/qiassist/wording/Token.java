package scot.qiassist.wording;

/**
 * One token of a sentence: a word, a number in figures, a percent sign or a punctuation mark that
 * separates clauses.
 *
 * @param start the offset of its first character in the draft
 * @param end the offset after its last character
 * @param lower the token in lower case (curly apostrophes as straight ones)
 * @param type what kind of token it is
 */
record Token(int start, int end, String lower, Type type) {

  enum Type {
    WORD,
    NUMBER,
    PERCENT_SIGN,
    PUNCTUATION
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean is(String word) {
    return type == Type.WORD && lower.equals(word);
  }
}

package scot.qiassist.storage;

/**
 * Which stored evaluations to list; a null field does not filter.
 *
 * @param partnership the partnership, matched ignoring case
 * @param grade the current grade, 1-6: the moderated grade where the panel decided one
 * @param rulesetVersion the version of the rules the evaluation was made under
 * @param author who posted it: an inspector sees only their own
 * @param limit at most this many, newest first (1-1000)
 */
public record EvaluationFilter(
    String partnership, Integer grade, String rulesetVersion, String author, int limit) {

  public static final int DEFAULT_LIMIT = 200;
  public static final int MAX_LIMIT = 1000;

  public EvaluationFilter {
    partnership = blankToNull(partnership);
    rulesetVersion = blankToNull(rulesetVersion);
    author = blankToNull(author);
    if (grade != null && (grade < 1 || grade > 6)) {
      throw new IllegalArgumentException(
          "grade: " + grade + " is not a grade; expected a grade from 1 to 6");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: " + limit + " is not from 1 to " + MAX_LIMIT);
    }
  }

  /** Every evaluation, newest first, up to the default limit. */
  public static EvaluationFilter all() {
    return new EvaluationFilter(null, null, null, null, DEFAULT_LIMIT);
  }

  public EvaluationFilter withPartnership(String value) {
    return new EvaluationFilter(value, grade, rulesetVersion, author, limit);
  }

  public EvaluationFilter withGrade(Integer value) {
    return new EvaluationFilter(partnership, value, rulesetVersion, author, limit);
  }

  public EvaluationFilter withRulesetVersion(String value) {
    return new EvaluationFilter(partnership, grade, value, author, limit);
  }

  /** Only the evaluations this author posted: what an inspector may see. */
  public EvaluationFilter withAuthor(String value) {
    return new EvaluationFilter(partnership, grade, rulesetVersion, value, limit);
  }

  public EvaluationFilter withLimit(int value) {
    return new EvaluationFilter(partnership, grade, rulesetVersion, author, value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

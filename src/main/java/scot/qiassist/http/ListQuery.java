package scot.qiassist.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evidence.ControlCharacters;
import scot.qiassist.evidence.Problem;
import scot.qiassist.grade.Grade;
import scot.qiassist.moderation.Consistency;
import scot.qiassist.storage.EvaluationFilter;

/**
 * The query parameters of the lists of stored evaluations, the API's and the page's alike: {@code
 * partnership}, {@code grade} (1-6 or its label), {@code rulesetVersion}, {@code limit} (1-1000),
 * and the consistency view's {@code nearest} (1-100). Every problem is reported at once, each
 * naming its parameter.
 */
final class ListQuery {

  /** The longest partnership or ruleset version a filter takes. */
  private static final int MAX_TEXT = 200;

  private ListQuery() {}

  static EvaluationFilter filter(Context ctx) {
    List<Problem> problems = new ArrayList<>();
    Integer grade = grade(ctx.queryParam("grade"), problems);
    int limit =
        number(
            ctx.queryParam("limit"),
            "limit",
            EvaluationFilter.DEFAULT_LIMIT,
            EvaluationFilter.MAX_LIMIT,
            problems);
    String partnership = ctx.queryParam("partnership");
    if (partnership != null && partnership.length() > MAX_TEXT) {
      problems.add(
          new Problem(
              "partnership",
              partnership.length() + " characters is more than the limit of " + MAX_TEXT));
    }
    String version = ctx.queryParam("rulesetVersion");
    if (version != null && version.length() > MAX_TEXT) {
      problems.add(
          new Problem(
              "rulesetVersion",
              version.length() + " characters is more than the limit of " + MAX_TEXT));
    }
    controlCharacters("partnership", partnership, problems);
    controlCharacters("rulesetVersion", version, problems);
    if (!problems.isEmpty()) {
      throw new InvalidQueryException(problems);
    }
    return new EvaluationFilter(partnership, grade, version, null, limit);
  }

  /** How many of the most alike evaluations to list. */
  static int nearest(Context ctx) {
    List<Problem> problems = new ArrayList<>();
    int nearest =
        number(ctx.queryParam("nearest"), "nearest", Consistency.DEFAULT_NEAREST, 100, problems);
    if (!problems.isEmpty()) {
      throw new InvalidQueryException(problems);
    }
    return nearest;
  }

  private static Integer grade(String text, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.matches("[1-6]")) {
      return Integer.valueOf(value);
    }
    return Grade.fromLabel(value)
        .map(Grade::value)
        .orElseGet(
            () -> {
              problems.add(
                  new Problem(
                      "grade",
                      "'"
                          + shorten(value)
                          + "' is not a grade; expected a grade from 1 to 6 or its label, such as 5 or Very good"));
              return null;
            });
  }

  private static int number(
      String text, String name, int otherwise, int max, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    String value = text.strip();
    if (value.matches("[0-9]{1,4}")
        && Integer.parseInt(value) >= 1
        && Integer.parseInt(value) <= max) {
      return Integer.parseInt(value);
    }
    problems.add(
        new Problem(name, "'" + shorten(value) + "' is not a whole number from 1 to " + max));
    return otherwise;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** A NUL in a filter is refused as in evidence, not passed on to the database (a 500 there). */
  private static void controlCharacters(String name, String value, List<Problem> problems) {
    if (value != null) {
      ControlCharacters.check(value).ifPresent(m -> problems.add(new Problem(name, m)));
    }
  }
}

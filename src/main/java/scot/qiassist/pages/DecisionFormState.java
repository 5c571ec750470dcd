package scot.qiassist.pages;

import java.util.List;
import java.util.Map;
import scot.qiassist.evidence.Problem;

/**
 * The decision form as it is to be shown: empty, or with the values a moderator sent and the
 * problems found in them, each shown at its field and in a summary at the top.
 *
 * @param values the values sent, by field name ({@code moderation.DecisionForm} names them)
 * @param problems what was wrong with them, each with its field's path
 */
public record DecisionFormState(Map<String, String> values, List<Problem> problems) {

  public DecisionFormState {
    values = Map.copyOf(values == null ? Map.of() : values);
    problems = List.copyOf(problems == null ? List.of() : problems);
  }

  public static DecisionFormState empty() {
    return new DecisionFormState(Map.of(), List.of());
  }

  /** The form shown again with what was sent (the first value of each field) and what was wrong. */
  public static DecisionFormState rejected(Map<String, List<String>> form, List<Problem> problems) {
    Map<String, String> first = new java.util.HashMap<>();
    form.forEach(
        (name, values) -> {
          if (values != null && !values.isEmpty() && values.get(0) != null) {
            first.put(name, values.get(0));
          }
        });
    return new DecisionFormState(first, problems);
  }

  String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The problem at this field, if any. */
  String problem(String field) {
    return problems.stream()
        .filter(p -> p.path().equals(field))
        .map(Problem::message)
        .findFirst()
        .orElse(null);
  }
}

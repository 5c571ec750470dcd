package scot.qiassist.evaluation;

import java.util.List;

/**
 * Something a reader of the result should weigh: a figure whose range crosses a band boundary, and
 * the rules whose conclusions rest on it.
 */
public record Warning(String kind, String measure, String message, List<String> dependentRules) {

  public Warning {
    dependentRules = List.copyOf(dependentRules);
  }
}

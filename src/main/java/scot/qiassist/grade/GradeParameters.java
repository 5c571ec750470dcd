package scot.qiassist.grade;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.qiassist.evidence.Weight;

/**
 * The numbers of the grade policy, each set once in rules/grade/grade-parameters.csv: the points of
 * each weight, and the counts and ratios each grade needs. Rules read them by name ({@code
 * $params.atLeast("good-ratio")}) and explanations quote them ({@code {params.good-ratio}}), so a
 * number changed in its cell changes the rule and every sentence that quotes it.
 */
public final class GradeParameters {

  /** The parameters QI Assist itself reads (the points of each weight); rules read the rest. */
  public static final List<String> POINTS =
      List.of("major-points", "important-points", "minor-points");

  /**
   * One parameter.
   *
   * @param name its kebab-case name, as rules and explanations name it
   * @param value its number
   * @param grade the grade it belongs to ("every grade" for the points)
   * @param sets what it sets, in words
   * @param why the six-point definition it implements
   * @param line its line in the table
   */
  public record Parameter(
      String name, BigDecimal value, String grade, String sets, String why, int line) {

    /** The number as a person writes it: 3, 1.5. */
    public String text() {
      return value.stripTrailingZeros().toPlainString();
    }
  }

  private final Map<String, Parameter> byName = new LinkedHashMap<>();

  public GradeParameters(Collection<Parameter> parameters) {
    parameters.forEach(p -> byName.put(p.name(), p));
    for (String points : POINTS) {
      if (!byName.containsKey(points)) {
        throw new IllegalArgumentException("the parameter '" + points + "' is missing");
      }
    }
  }

  public List<Parameter> all() {
    return List.copyOf(byName.values());
  }

  public Optional<Parameter> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The parameter's number; a name not in the table is a rule-file mistake the check reports. */
  public double value(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "no grade parameter is named '" + name + "' (rules/grade/grade-parameters.csv)");
    }
    return p.value().doubleValue();
  }

  /** Whether a count or a number of points is at least the parameter. */
  public boolean atLeast(String name, int figure) {
    return figure >= value(name);
  }

  /** Whether a count is no more than the parameter. */
  public boolean atMost(String name, int figure) {
    return figure <= value(name);
  }

  /** Whether strengths weigh at least the parameter times the areas for improvement. */
  public boolean outweighs(String name, int strengthPoints, int areaPoints) {
    return strengthPoints >= value(name) * areaPoints;
  }

  /** The number as explanations quote it: "3", "1.5". */
  public String text(String name) {
    return find(name).map(Parameter::text).orElse(null);
  }

  /** The points a strength or area for improvement of this weight counts for in the balance. */
  public int points(Weight weight) {
    return (int) value(weight.id() + "-points");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    byName.values().forEach(p -> s.append(p.name()).append(' ').append(p.text()).append("; "));
    return s.toString();
  }
}

package scot.qiassist.evaluation;

import java.util.Collection;
import java.util.Objects;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;

/**
 * The strengths and areas for improvement of one evaluation, counted and weighed, for the grade
 * criteria to compare. Points: major 3, important 2, minor 1.
 */
public record Balance(
    int majorStrengths,
    int importantStrengths,
    int minorStrengths,
    int majorAreas,
    int importantAreas,
    int minorAreas,
    int statementsWithMajorStrength,
    int aspectsWithStrength,
    int majorAreasInStatementOne) {

  public static Balance of(Collection<?> conclusions) {
    var all = conclusions.stream().map(Conclusion.class::cast).toList();
    return new Balance(
        count(all, Kind.STRENGTH, Weight.MAJOR),
        count(all, Kind.STRENGTH, Weight.IMPORTANT),
        count(all, Kind.STRENGTH, Weight.MINOR),
        count(all, Kind.AREA_FOR_IMPROVEMENT, Weight.MAJOR),
        count(all, Kind.AREA_FOR_IMPROVEMENT, Weight.IMPORTANT),
        count(all, Kind.AREA_FOR_IMPROVEMENT, Weight.MINOR),
        (int)
            all.stream()
                .filter(c -> c.isStrength() && c.weight() == Weight.MAJOR)
                .map(Conclusion::statement)
                .distinct()
                .count(),
        (int)
            all.stream()
                .filter(Conclusion::isStrength)
                .map(Conclusion::aspect)
                .filter(Objects::nonNull)
                .distinct()
                .count(),
        (int)
            all.stream()
                .filter(c -> !c.isStrength() && c.weight() == Weight.MAJOR && c.statement() == 1)
                .count());
  }

  private static int count(java.util.List<Conclusion> all, Kind kind, Weight weight) {
    return (int) all.stream().filter(c -> c.kind() == kind && c.weight() == weight).count();
  }

  /** Strengths of important or major weight. */
  public int significantStrengths() {
    return majorStrengths + importantStrengths;
  }

  public int strengthPoints() {
    return majorStrengths * Weight.MAJOR.points()
        + importantStrengths * Weight.IMPORTANT.points()
        + minorStrengths * Weight.MINOR.points();
  }

  public int areaPoints() {
    return majorAreas * Weight.MAJOR.points()
        + importantAreas * Weight.IMPORTANT.points()
        + minorAreas * Weight.MINOR.points();
  }

  public int areas() {
    return majorAreas + importantAreas + minorAreas;
  }

  @Override
  public String toString() {
    return "strengths: "
        + majorStrengths
        + " major, "
        + importantStrengths
        + " important, "
        + minorStrengths
        + " minor ("
        + strengthPoints()
        + " points); areas for improvement: "
        + majorAreas
        + " major, "
        + importantAreas
        + " important, "
        + minorAreas
        + " minor ("
        + areaPoints()
        + " points)";
  }
}

package scot.qiassist.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.GradeParameters;

/**
 * The strengths and areas for improvement of one evaluation, counted and weighed, for the grade
 * criteria to compare. The points of each weight come from the grade parameters table.
 *
 * @param recordAreas areas for improvement of important or major weight read from figures of the
 *     records read: what the records show about practice
 * @param outstandingStrengths strengths the inspectors judged outstanding or sector leading
 * @param majorPoints the points of a major strength or area, from the parameters table
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
    int majorAreasInStatementOne,
    int recordAreas,
    int outstandingStrengths,
    int majorPoints,
    int importantPoints,
    int minorPoints) {

  public static Balance of(Collection<?> conclusions, GradeParameters parameters) {
    List<Conclusion> all = conclusions.stream().map(Conclusion.class::cast).toList();
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
                .count(),
        (int)
            all.stream()
                .filter(
                    c ->
                        !c.isStrength()
                            && c.fromRecordsRead()
                            && c.weight().atLeast(Weight.IMPORTANT))
                .count(),
        (int) all.stream().filter(c -> c.isStrength() && c.outstanding()).count(),
        parameters.points(Weight.MAJOR),
        parameters.points(Weight.IMPORTANT),
        parameters.points(Weight.MINOR));
  }

  private static int count(List<Conclusion> all, Kind kind, Weight weight) {
    return (int) all.stream().filter(c -> c.kind() == kind && c.weight() == weight).count();
  }

  /** Strengths of important or major weight. */
  public int significantStrengths() {
    return majorStrengths + importantStrengths;
  }

  public int strengthPoints() {
    return majorStrengths * majorPoints
        + importantStrengths * importantPoints
        + minorStrengths * minorPoints;
  }

  public int areaPoints() {
    return majorAreas * majorPoints + importantAreas * importantPoints + minorAreas * minorPoints;
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

package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evidence.Weight;
import scot.qiassist.grade.GradeParameters;

/**
 * What the strengths and areas for improvement of one statement weigh in the balance for the grade,
 * with the points of each weight from the grade parameters table.
 *
 * @param statement 1-4
 * @param strengthPoints the points of the statement's strengths
 * @param areaPoints the points of its areas for improvement
 * @param strengths how many strengths
 * @param areas how many areas for improvement
 */
public record StatementPoints(
    int statement, int strengthPoints, int areaPoints, int strengths, int areas) {

  /** One entry for each of the four statements, in order, from an evaluation's judgements. */
  public static List<StatementPoints> of(List<Judgement> judgements, GradeParameters parameters) {
    List<StatementPoints> all = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      int statement = s;
      List<Judgement> mine = judgements.stream().filter(j -> j.statement() == statement).toList();
      List<Judgement> strengths = mine.stream().filter(j -> j.kind().equals("strength")).toList();
      List<Judgement> areas = mine.stream().filter(j -> !j.kind().equals("strength")).toList();
      all.add(
          new StatementPoints(
              statement,
              points(strengths, parameters),
              points(areas, parameters),
              strengths.size(),
              areas.size()));
    }
    return all;
  }

  private static int points(List<Judgement> judgements, GradeParameters parameters) {
    return judgements.stream().mapToInt(j -> parameters.points(Weight.fromId(j.weight()))).sum();
  }
}

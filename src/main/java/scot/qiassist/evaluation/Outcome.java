package scot.qiassist.evaluation;

import java.util.List;
import scot.qiassist.grade.Grade;

/**
 * The grade of an evidence document with the strengths and areas for improvement it rests on,
 * without explanations: what what-if needs of each variant of the evidence, to compose changes.
 *
 * @param grade the grade, or null when the evidence is not enough to grade
 * @param conclusions every conclusion of the decisions phase
 */
public record Outcome(Grade grade, List<Conclusion> conclusions) {

  public Outcome {
    conclusions = List.copyOf(conclusions);
  }
}

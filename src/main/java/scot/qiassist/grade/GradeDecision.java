package scot.qiassist.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import scot.qiassist.evaluation.Insufficient;

/**
 * The grade that criteria support, and why it is not one higher or one lower.
 *
 * <p>The grade is the highest grade whose criteria all hold, together with the criteria of every
 * grade below it; Unsatisfactory, the lowest grade, has none. So a result can always name the
 * criteria of the grade above that fail, and the criteria of its own grade that keep it above the
 * grade below.
 *
 * <p>Evidence that does not bear on enough of the inspection is not graded: the grade is null and
 * {@code insufficient} names each gap and what would fill it.
 *
 * @param grade the grade, or null when the evidence is not enough to grade
 */
public record GradeDecision(
    Grade grade,
    String summary,
    List<CriterionResult> notHigher,
    List<CriterionResult> notLower,
    List<GradeCriteria> criteria,
    List<Insufficient> insufficient) {

  public GradeDecision {
    insufficient = List.copyOf(insufficient);
  }

  public boolean graded() {
    return grade != null;
  }

  public static GradeDecision from(List<CriterionResult> results, List<Insufficient> gaps) {
    GradeDecision full = from(results);
    if (gaps.isEmpty()) {
      return full;
    }
    return new GradeDecision(null, notGraded(gaps), List.of(), List.of(), full.criteria(), gaps);
  }

  /** "Not graded: nothing in the evidence bears on statement 3 ...; enter ...". */
  public static String notGraded(List<Insufficient> gaps) {
    return "Not graded: "
        + gaps.stream()
            .map(
                g ->
                    lowerFirst(stripStop(g.missing()))
                        + " (to fill it: "
                        + stripStop(g.toFill())
                        + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }

  public static GradeDecision from(List<CriterionResult> results) {
    List<GradeCriteria> byGrade = new ArrayList<>();
    for (int g = 6; g >= 2; g--) {
      int grade = g;
      List<CriterionResult> of = results.stream().filter(r -> r.grade() == grade).toList();
      byGrade.add(
          new GradeCriteria(
              g,
              Grade.of(g).label(),
              of.stream().filter(CriterionResult::met).toList(),
              of.stream().filter(r -> !r.met()).toList()));
    }
    Grade grade = gradeOf(results);
    List<CriterionResult> notHigher =
        grade.above().map(a -> criteriaOf(byGrade, a.value()).unmet()).orElse(List.of());
    List<CriterionResult> notLower =
        grade == Grade.UNSATISFACTORY ? List.of() : criteriaOf(byGrade, grade.value()).met();
    return new GradeDecision(
        grade, summary(grade, notHigher, notLower), notHigher, notLower, byGrade, List.of());
  }

  /**
   * The highest grade whose criteria hold together with those of every grade below it; the same
   * grade {@link #from} decides, without the reasons.
   */
  public static Grade gradeOf(List<CriterionResult> results, boolean sufficient) {
    return sufficient ? gradeOf(results) : null;
  }

  public static Grade gradeOf(List<CriterionResult> results) {
    Grade grade = Grade.UNSATISFACTORY;
    for (int g = 2; g <= 6; g++) {
      int level = g;
      if (results.stream().anyMatch(r -> r.grade() == level && !r.met())) {
        break;
      }
      grade = Grade.of(g);
    }
    return grade;
  }

  private static GradeCriteria criteriaOf(List<GradeCriteria> byGrade, int grade) {
    return byGrade.stream().filter(c -> c.grade() == grade).findFirst().orElseThrow();
  }

  private static String summary(
      Grade grade, List<CriterionResult> notHigher, List<CriterionResult> notLower) {
    StringBuilder s = new StringBuilder(grade.label() + ".");
    grade
        .above()
        .ifPresent(
            a ->
                s.append(" Not ")
                    .append(a.label())
                    .append(" because ")
                    .append(lowerFirst(join(notHigher)))
                    .append("."));
    if (grade.below().isPresent()) {
      s.append(" Above ")
          .append(grade.below().get().label())
          .append(" because ")
          .append(lowerFirst(join(notLower)))
          .append(".");
    } else {
      s.append(" Unsatisfactory is the lowest grade: the criteria of Weak do not all hold.");
    }
    return s.toString();
  }

  private static String join(List<CriterionResult> results) {
    return results.stream()
        .map(r -> r.explanation() == null || r.explanation().isBlank() ? r.text() : r.explanation())
        .map(GradeDecision::stripStop)
        .map(GradeDecision::lowerFirst)
        .collect(Collectors.joining("; "));
  }

  private static String stripStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** "Areas for ..." becomes "areas for ..." mid-sentence; "QI 2.1 ..." stays as written. */
  private static String lowerFirst(String s) {
    if (s.length() < 2 || !Character.isLowerCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The draft grade beside this decision: agree, or differ and by which criteria. */
  public DraftComparison compare(Grade draft) {
    if (grade == null) {
      return new DraftComparison(
          draft.value(),
          draft.label(),
          "differ",
          "The evidence is not enough to grade, so it cannot support the draft grade "
              + draft.label()
              + ": "
              + lowerFirst(summary.substring("Not graded: ".length())),
          List.of());
    }
    if (draft == grade) {
      return new DraftComparison(
          draft.value(),
          draft.label(),
          "agree",
          "The evidence supports the draft grade, " + draft.label() + ".",
          notLower);
    }
    List<CriterionResult> reasons = new ArrayList<>();
    String explanation;
    if (draft.value() > grade.value()) {
      for (int g = grade.value() + 1; g <= draft.value(); g++) {
        reasons.addAll(criteriaOf(criteria, g).unmet());
      }
      explanation =
          "The draft grade "
              + draft.label()
              + " is higher than the evidence supports ("
              + grade.label()
              + "): "
              + (reasons.size() == 1 ? "one criterion" : reasons.size() + " criteria")
              + " of the grades between "
              + (reasons.size() == 1 ? "does" : "do")
              + " not hold.";
    } else {
      for (int g = draft.value() + 1; g <= grade.value(); g++) {
        reasons.addAll(criteriaOf(criteria, g).met());
      }
      explanation =
          "The draft grade "
              + draft.label()
              + " is lower than the evidence supports ("
              + grade.label()
              + "): the evidence meets every criterion up to "
              + grade.label()
              + ".";
    }
    return new DraftComparison(draft.value(), draft.label(), "differ", explanation, reasons);
  }
}

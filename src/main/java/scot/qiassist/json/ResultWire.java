package scot.qiassist.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Insufficient;
import scot.qiassist.evaluation.ReadingView;
import scot.qiassist.evaluation.Warning;

/**
 * A result as JSON, format 2: each rule, each matched fact's description and each grade criterion
 * is written once, and the firings, judgements, key messages and reasons refer to them, instead of
 * writing them again wherever they appear. {@link ByReference} turns an {@link Evaluation} into
 * this and back, losing nothing.
 *
 * <p>References: a rule by its id, a key in {@code rules}; a matched fact by its place in {@code
 * facts} (from 0); a key message by its place in {@code judgements}; a criterion in {@code why} or
 * {@code draftGrade} by its rule's id, naming the criterion of that rule in {@code gradeCriteria}.
 * Where a result holds something that does not match what it would refer to (a result not made by
 * the evaluator), it is written in full in place, so that nothing is lost.
 *
 * @param resultFormat 2; a result without it is format 1, every fact written in place
 */
public record ResultWire(
    int resultFormat,
    String partnership,
    Evaluation.GradeView grade,
    Why why,
    List<Insufficient> insufficient,
    List<JsonNode> keyMessages,
    List<JudgementWire> judgements,
    Evaluation.BalanceView balance,
    List<ReadingView> readings,
    List<FiringWire> firedRules,
    List<CriteriaWire> gradeCriteria,
    List<Warning> warnings,
    DraftWire draftGrade,
    String rulesetVersion,
    Map<String, RuleWire> rules,
    List<String> facts) {

  /** The format this version of QI Assist writes. */
  public static final int FORMAT = 2;

  /** A rule as the result's firings, judgements and criteria refer to it by its id. */
  public record RuleWire(String name, String file, int line, Map<String, String> metadata) {}

  /**
   * One firing: its rule's id, its explanation, and the matched facts by their place in {@code
   * facts}. Name, file, line and metadata only where they differ from the rule table's.
   */
  public record FiringWire(
      String rule,
      String explanation,
      List<Integer> facts,
      @JsonInclude(JsonInclude.Include.NON_NULL) String name,
      @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> metadata) {}

  /**
   * A strength or area for improvement: {@code rule} is its rule's id, {@code evidence} the facts
   * it rests on by their place in {@code facts}. The rule's name, file and line only where they
   * differ from the rule table's.
   */
  public record JudgementWire(
      int statement,
      String kind,
      String weight,
      String aspect,
      String text,
      boolean keyMessage,
      String rule,
      List<Integer> evidence,
      @JsonInclude(JsonInclude.Include.NON_NULL) String name,
      @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {}

  /** The criteria of one grade. */
  public record CriteriaWire(
      int grade, String label, List<CriterionWire> met, List<CriterionWire> unmet) {}

  /**
   * One criterion: its rule's id (whose name is the criterion's text), whether it is met and the
   * explanation filled with this evidence. The grade only where it is not the grade it is listed
   * under; text, file and line only where they differ from the rule table's.
   */
  public record CriterionWire(
      String rule,
      boolean met,
      String explanation,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer grade,
      @JsonInclude(JsonInclude.Include.NON_NULL) String text,
      @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {}

  /** Why the grade: criteria by their rule's id, or written in full where not in the criteria. */
  public record Why(String summary, List<JsonNode> notHigher, List<JsonNode> notLower) {}

  /** The draft grade's comparison: its reasons as in {@link Why}. */
  public record DraftWire(
      int value, String label, String verdict, String explanation, List<JsonNode> reasons) {}
}

package scot.qiassist.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.qiassist.evidence.Problem;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.storage.Decision;
import scot.qiassist.storage.DecisionComment;
import scot.qiassist.storage.DecisionOutcome;

/**
 * Reads a decision from the JSON body of {@code POST /api/evaluations/{id}/decisions}, reporting
 * every problem at once at its field: {@code grade}, {@code comments[0].keyMessage}. {@link
 * DecisionForm} reads the page's form with the same words.
 */
public final class DecisionReader {

  public static final int MAX_COMMENTS = 50;
  private static final Set<String> FIELDS = Set.of("outcome", "grade", "reason", "comments");
  private static final Set<String> COMMENT_FIELDS = Set.of("keyMessage", "text");

  private DecisionReader() {}

  /** A decision from a JSON request body. */
  public static Decision fromJson(String body) throws InvalidDecisionException {
    JsonNode root;
    try {
      root = QiAssistJson.MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new InvalidDecisionException(
          List.of(
              new Problem(
                  "",
                  "the decision is not valid JSON: "
                      + e.getOriginalMessage().lines().findFirst().orElse(""))));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDecisionException(
          List.of(new Problem("", "expected a JSON object such as {\"outcome\": \"agree\"}")));
    }
    List<Problem> problems = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                problems.add(
                    new Problem(
                        name,
                        "is not a field of a decision; expected outcome, grade, reason and comments"));
              }
            });
    DecisionOutcome outcome = DecisionFields.outcome(text(root, "outcome", problems), problems);
    Integer grade = grade(root.get("grade"), problems);
    String reason = text(root, "reason", problems);
    List<DecisionComment> comments = comments(root.get("comments"), problems);
    return DecisionFields.build(outcome, grade, reason, comments, problems);
  }

  private static Integer grade(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return DecisionFields.gradeNumber(node.asText().strip(), problems);
    }
    if (node.isNumber()
        && node.canConvertToExactIntegral()
        && node.asInt() >= 1
        && node.asInt() <= 6) {
      return node.asInt();
    }
    problems.add(new Problem("grade", node + " is not a grade; expected a grade from 1 to 6"));
    return null;
  }

  private static List<DecisionComment> comments(JsonNode node, List<Problem> problems) {
    List<DecisionComment> comments = new ArrayList<>();
    if (node == null || node.isNull()) {
      return comments;
    }
    if (!node.isArray()) {
      problems.add(
          new Problem("comments", "expected a list of {\"keyMessage\": ..., \"text\": ...}"));
      return comments;
    }
    if (node.size() > MAX_COMMENTS) {
      problems.add(
          new Problem(
              "comments", node.size() + " comments is more than the limit of " + MAX_COMMENTS));
      return comments;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String path = "comments[" + i + "]";
      if (!c.isObject()) {
        problems.add(new Problem(path, "expected {\"keyMessage\": ..., \"text\": ...}"));
        continue;
      }
      int index = i;
      c.fieldNames()
          .forEachRemaining(
              name -> {
                if (!COMMENT_FIELDS.contains(name)) {
                  problems.add(
                      new Problem(
                          path + "." + name,
                          "is not a field of a comment; expected keyMessage and text"));
                }
              });
      DecisionFields.comment(
          index,
          text(c, "keyMessage", path, problems),
          text(c, "text", path, problems),
          comments,
          problems);
    }
    return comments;
  }

  private static String text(JsonNode node, String field, List<Problem> problems) {
    return text(node, field, "", problems);
  }

  private static String text(JsonNode node, String field, String prefix, List<Problem> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(
          new Problem(
              prefix.isEmpty() ? field : prefix + "." + field,
              value + " is not text; expected a string"));
      return null;
    }
    return value.asText();
  }
}

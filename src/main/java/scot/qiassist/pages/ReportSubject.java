package scot.qiassist.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.storage.RecordedDecision;
import scot.qiassist.storage.StoredEvaluation;

/**
 * What a moderation report is about: an evaluation, and when it is a stored one, its id, who posted
 * it and when, and the panel's decisions.
 *
 * @param id the stored evaluation's id, or null for evidence evaluated from a file
 * @param result the evaluation
 * @param author who posted it, or null
 * @param createdAt when it was stored, or null
 * @param decisions the panel's decisions, oldest first
 * @param currentGrade the grade of the latest decision, else the grade the rules gave
 * @param notes the inspectors' note on each figure that has one, by measure
 */
public record ReportSubject(
    String id,
    Evaluation result,
    String author,
    Instant createdAt,
    List<RecordedDecision> decisions,
    GradeView currentGrade,
    Map<String, String> notes) {

  public ReportSubject {
    if (result == null) {
      throw new IllegalArgumentException("result: required");
    }
    decisions = List.copyOf(decisions == null ? List.of() : decisions);
    currentGrade = currentGrade == null ? result.grade() : currentGrade;
    notes = Map.copyOf(notes == null ? Map.of() : notes);
  }

  public static ReportSubject of(StoredEvaluation stored) {
    return new ReportSubject(
        stored.id(),
        stored.result(),
        stored.author(),
        stored.createdAt(),
        stored.decisions(),
        stored.currentGrade(),
        notes(stored.evidence()));
  }

  /** An evaluation that is not stored: evidence evaluated from a file. */
  public static ReportSubject unstored(EvidenceDocument evidence, Evaluation result) {
    Map<String, String> notes = new HashMap<>();
    evidence.evidence().stream()
        .filter(i -> i.note() != null)
        .forEach(i -> notes.put(i.measure(), i.note()));
    return new ReportSubject(null, result, null, null, List.of(), result.grade(), notes);
  }

  /** The notes of stored evidence, which was checked when it was posted. */
  private static Map<String, String> notes(String evidenceJson) {
    Map<String, String> notes = new HashMap<>();
    try {
      for (JsonNode item : QiAssistJson.MAPPER.readTree(evidenceJson).path("evidence")) {
        if (item.path("measure").isTextual() && item.path("note").isTextual()) {
          notes.put(item.get("measure").asText(), item.get("note").asText());
        }
      }
    } catch (JsonProcessingException e) {
      return Map.of();
    }
    return notes;
  }

  public boolean stored() {
    return id != null;
  }
}

package scot.qiassist.wording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.Problem;
import scot.qiassist.json.QiAssistJson;

/**
 * The body of {@code POST /api/wording}: {@code {"text": "...", "name": "...", "evidence": {...}}}
 * or, instead of the evidence, {@code "evaluation": "ID"} of a stored evaluation.
 *
 * @param draft the draft to check
 * @param evidence the evidence it reports
 */
public record WordingRequest(Draft draft, EvidenceDocument evidence) {

  private static final ObjectMapper JSON = QiAssistJson.MAPPER;
  private static final Set<String> FIELDS = Set.of("text", "name", "evidence", "evaluation");

  /**
   * Reads a request; every problem of its fields (and of its evidence, at "evidence...") at once.
   *
   * @param stored the evidence JSON of a stored evaluation the caller may see, by its id
   */
  public static WordingRequest read(
      String json, EvidenceReader reader, Function<String, Optional<String>> stored)
      throws InvalidWordingRequestException, DraftTooLargeException, UnreadableDraftException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("", "is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("", "expected an object with \"text\" and \"evidence\" or \"evaluation\"");
    }
    List<Problem> problems = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                problems.add(
                    new Problem(
                        f,
                        "is not a field of a wording request; the fields are text, name, evidence and evaluation"));
              }
            });
    JsonNode text = root.get("text");
    if (text == null || !text.isTextual()) {
      problems.add(new Problem("text", "required: the draft report's text, as a string"));
    }
    JsonNode name = root.get("name");
    if (name != null && !name.isTextual()) {
      problems.add(new Problem("name", "expected a string, the draft's name"));
    }
    EvidenceDocument evidence = evidence(root, reader, stored, problems);
    if (!problems.isEmpty()) {
      throw new InvalidWordingRequestException(problems);
    }
    String draftName = name == null || name.asText().isBlank() ? "text" : name.asText();
    return new WordingRequest(DraftReader.text(draftName, text.asText()), evidence);
  }

  private static EvidenceDocument evidence(
      JsonNode root,
      EvidenceReader reader,
      Function<String, Optional<String>> stored,
      List<Problem> problems) {
    JsonNode given = root.get("evidence");
    JsonNode id = root.get("evaluation");
    if ((given == null) == (id == null)) {
      problems.add(
          new Problem(
              given == null ? "evidence" : "evaluation",
              "give exactly one of \"evidence\" (the evidence document) and \"evaluation\" (the id of a stored evaluation)"));
      return null;
    }
    try {
      if (given != null) {
        return reader.read(given);
      }
      if (!id.isTextual()) {
        problems.add(
            new Problem("evaluation", "expected the id of a stored evaluation, as a string"));
        return null;
      }
      Optional<String> json = stored.apply(id.asText());
      if (json.isEmpty()) {
        problems.add(
            new Problem(
                "evaluation",
                "no stored evaluation that you may see has the id '" + id.asText() + "'"));
        return null;
      }
      return reader.read(json.get());
    } catch (InvalidEvidenceException e) {
      for (Problem p : e.problems()) {
        problems.add(
            new Problem(p.path().isEmpty() ? "evidence" : "evidence." + p.path(), p.message()));
      }
      return null;
    }
  }

  private static InvalidWordingRequestException invalid(String path, String message) {
    return new InvalidWordingRequestException(List.of(new Problem(path, message)));
  }
}

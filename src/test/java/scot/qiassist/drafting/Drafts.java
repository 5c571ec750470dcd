package scot.qiassist.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.RepositoryRules;
import scot.qiassist.grade.Grade;

/**
 * Drafts for the tests, typed as an inspector would type an evidence file of the examples into the
 * forms: each value as the text of its field.
 */
public final class Drafts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Drafts() {}

  /** The example examples/NAME.json as a draft, such as "north-lanarkshire-2023". */
  public static EvidenceDraft example(String name) {
    try {
      return of(JSON.readTree(Files.readString(RepositoryRules.EXAMPLES.resolve(name + ".json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EvidenceDraft of(JsonNode evidence) {
    EvidenceDraft draft = EvidenceDraft.start(details(evidence));
    for (JsonNode item : evidence.path("evidence")) {
      draft = draft.withFigure(figure(item));
    }
    for (JsonNode f : evidence.path("findings")) {
      draft = draft.withFinding(finding(f));
    }
    return draft;
  }

  public static DraftDetails details(JsonNode evidence) {
    Map<String, String> samples = new LinkedHashMap<>();
    evidence
        .path("samples")
        .properties()
        .forEach(e -> samples.put(e.getKey(), e.getValue().asText()));
    JsonNode period = evidence.path("inspectionPeriod");
    return new DraftDetails(
        evidence.path("partnership").asText(),
        text(period, "from"),
        text(period, "to"),
        grade(text(evidence, "draftGrade")),
        samples);
  }

  public static DraftFigure figure(JsonNode item) {
    return new DraftFigure(
        0,
        text(item, "measure"),
        text(item, "count"),
        text(item, "of"),
        text(item, "percent"),
        text(item, "phrase"),
        text(item, "note"));
  }

  public static DraftFinding finding(JsonNode f) {
    return new DraftFinding(
        0,
        text(f, "statement"),
        text(f, "kind"),
        text(f, "weight"),
        text(f, "aspect"),
        text(f, "text"),
        f.path("keyMessage").asBoolean(false),
        f.path("outstanding").asBoolean(false));
  }

  /** The fields a browser posts for these values: the form's own, as a test client sends them. */
  public static Map<String, String> form(Map<String, String> values, String formToken) {
    Map<String, String> form = new LinkedHashMap<>(values);
    form.put("formToken", formToken);
    return form;
  }

  /** The figures of an example, each as its form's values. */
  public static List<Map<String, String>> figureForms(String example) {
    List<Map<String, String>> forms = new ArrayList<>();
    example(example).figures().forEach(f -> forms.add(DraftForms.values(f)));
    return forms;
  }

  /** A grade as the form's select sends it: its number. */
  private static String grade(String typed) {
    return typed == null
        ? null
        : Grade.fromLabel(typed).map(g -> String.valueOf(g.value())).orElse(typed);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}

package scot.qiassist.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.qiassist.grade.Grade;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.terms.PhraseBook;

/**
 * Reads an evidence document from JSON and checks it whole, reporting every problem at once with
 * its JSON path, the value found and what was expected. Nothing invalid gets through.
 *
 * <p>Structure, types and limits come from schema/evidence.schema.json ({@link EvidenceSchema}), in
 * the reader's words ({@link SchemaMessages}). The reader adds only what a schema cannot say: the
 * measures and phrases of the rule set in use, counts against their samples, each measure once, the
 * inspection period in order ({@link EvidenceChecks}), and text free of control characters and
 * personal data ({@link TextChecks}).
 */
public final class EvidenceReader {

  static final int MAX_ITEMS = EvidenceSchema.limit("/properties/evidence", "maxItems");
  static final int MAX_TEXT = EvidenceSchema.limit("/$defs/finding/properties/text", "maxLength");

  /**
   * Evidence that names a field twice ({@code "count": 45, "count": 54}) is refused rather than
   * read as its last value: which figure the inspectors meant cannot be known.
   */
  private static final ObjectReader JSON =
      QiAssistJson.MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final MeasureCatalogue catalogue;
  private final PhraseBook phrases;

  public EvidenceReader(MeasureCatalogue catalogue, PhraseBook phrases) {
    this.catalogue = catalogue;
    this.phrases = phrases;
  }

  public EvidenceDocument read(String json) throws InvalidEvidenceException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidEvidenceException(List.of(malformed(e)));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidEvidenceException(List.of(new Problem("", "the evidence is empty")));
    }
    return read(root);
  }

  public EvidenceDocument read(JsonNode root) throws InvalidEvidenceException {
    if (!root.isObject()) {
      throw new InvalidEvidenceException(
          List.of(new Problem("", "expected a JSON object with the evidence of one inspection")));
    }
    JsonNode doc = EvidenceSchema.withoutNulls(root);
    List<Problem> problems = new ArrayList<>(TextChecks.problems(doc));
    problems.addAll(new SchemaMessages(doc).problems(EvidenceSchema.validate(doc)));
    new EvidenceChecks(doc, catalogue, phrases, problems).run();
    if (!problems.isEmpty()) {
      throw new InvalidEvidenceException(ProblemOrder.inDocumentOrder(doc, problems));
    }
    return build(doc);
  }

  private static Problem malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String why = e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
    return new Problem("", "the evidence is not valid JSON" + where + ": " + why);
  }

  /** The document of a tree that passed every check. */
  private static EvidenceDocument build(JsonNode doc) {
    JsonNode period = doc.path("inspectionPeriod");
    JsonNode samples = doc.path("samples");
    List<EvidenceItem> items = new ArrayList<>();
    doc.path("evidence").forEach(item -> items.add(item(item)));
    List<Finding> findings = new ArrayList<>();
    doc.path("findings").forEach(f -> findings.add(finding(f)));
    return new EvidenceDocument(
        doc.get("partnership").asText().trim(),
        period.isObject()
            ? new InspectionPeriod(
                LocalDate.parse(period.get("from").asText()),
                LocalDate.parse(period.get("to").asText()))
            : null,
        draftGrade(doc.get("draftGrade")),
        samples.isObject()
            ? new Samples(
                whole(samples, "recordsRead"),
                whole(samples, "childrenAndYoungPeople"),
                whole(samples, "parentsAndCarers"),
                whole(samples, "staffSurvey"),
                whole(samples, "staffMet"),
                whole(samples, "electedMembers"))
            : Samples.NONE,
        items,
        findings);
  }

  private static EvidenceItem item(JsonNode item) {
    return new EvidenceItem(
        item.get("measure").asText().trim(),
        whole(item, "count"),
        whole(item, "of"),
        item.has("percent") ? item.get("percent").asDouble() : null,
        text(item, "phrase"),
        text(item, "note"));
  }

  private static Finding finding(JsonNode f) {
    return new Finding(
        f.get("statement").asInt(),
        Kind.fromId(f.get("kind").asText()),
        Weight.fromId(f.get("weight").asText()),
        text(f, "text"),
        f.has("aspect") ? Aspect.fromId(f.get("aspect").asText()) : null,
        f.path("keyMessage").asBoolean(false),
        f.path("outstanding").asBoolean(false));
  }

  private static Grade draftGrade(JsonNode node) {
    if (node == null) {
      return null;
    }
    return node.isNumber() ? Grade.of(node.asInt()) : Grade.fromLabel(node.asText()).orElseThrow();
  }

  private static Integer whole(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asInt() : null;
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText().trim() : null;
  }
}

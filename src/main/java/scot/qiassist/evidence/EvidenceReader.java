package scot.qiassist.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.qiassist.grade.Grade;
import scot.qiassist.terms.PhraseBook;

/**
 * Reads an evidence document from JSON and checks it whole, reporting every problem at once with
 * its JSON path, the value found and what was expected. Nothing invalid gets through.
 */
public final class EvidenceReader {

  static final int MAX_ITEMS = 500;
  static final int MAX_TEXT = 2000;
  private static final Set<String> DOCUMENT_FIELDS =
      Set.of(
          "$schema",
          "description",
          "partnership",
          "inspectionPeriod",
          "draftGrade",
          "samples",
          "evidence",
          "findings");
  private static final Set<String> ITEM_FIELDS =
      Set.of("measure", "count", "of", "percent", "phrase", "note");
  private static final Set<String> FINDING_FIELDS =
      Set.of("statement", "kind", "weight", "text", "aspect", "keyMessage", "outstanding");
  private static final List<String> SAMPLE_FIELDS =
      List.of(
          "recordsRead",
          "childrenAndYoungPeople",
          "parentsAndCarers",
          "staffSurvey",
          "staffMet",
          "electedMembers");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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
    List<Problem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new InvalidEvidenceException(
          List.of(new Problem("", "expected a JSON object with the evidence of one inspection")));
    }
    Fields doc = new Fields(root, "", problems);
    doc.onlyKnown(DOCUMENT_FIELDS);
    String partnership = doc.text("partnership", true, 120);
    doc.text("description", false, MAX_TEXT);
    screen(doc, "description");
    InspectionPeriod period = period(root.get("inspectionPeriod"), problems);
    Grade draft = draftGrade(root.get("draftGrade"), problems);
    Samples samples = samples(root.get("samples"), problems);
    List<EvidenceItem> items = items(root.get("evidence"), samples, problems);
    List<Finding> findings = findings(root.get("findings"), problems);
    if (!problems.isEmpty()) {
      throw new InvalidEvidenceException(problems);
    }
    return new EvidenceDocument(partnership, period, draft, samples, items, findings);
  }

  private static Problem malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String why = e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
    return new Problem("", "the evidence is not valid JSON" + where + ": " + why);
  }

  private static InspectionPeriod period(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    String path = "inspectionPeriod";
    if (!node.isObject()) {
      problems.add(
          new Problem(
              path,
              "expected {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}, found "
                  + Fields.shortly(node)));
      return null;
    }
    Fields f = new Fields(node, path, problems);
    f.onlyKnown(Set.of("from", "to"));
    LocalDate from = date(f, "from");
    LocalDate to = date(f, "to");
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new Problem(
              path + ".to",
              to
                  + " is before the start of the inspection, "
                  + from
                  + "; expected the last day, on or after 'from'"));
      return null;
    }
    return from == null || to == null ? null : new InspectionPeriod(from, to);
  }

  private static LocalDate date(Fields f, String name) {
    String text = f.text(name, true, 10);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      f.problem(name, "'" + text + "' is not a date; expected YYYY-MM-DD, such as 2023-04-17");
      return null;
    }
  }

  private static Grade draftGrade(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    String expected =
        "expected a grade from 1 to 6 or its label: Excellent, Very good, Good, Adequate, Weak, Unsatisfactory";
    if (isGradeNumber(node)) {
      return Grade.of(node.asInt());
    }
    if (node.isTextual() && Grade.fromLabel(node.asText()).isPresent()) {
      return Grade.fromLabel(node.asText()).get();
    }
    problems.add(new Problem("draftGrade", Fields.shortly(node) + " is not a grade; " + expected));
    return null;
  }

  /** A whole number from 1 to 6, written 5 or 5.0 as JSON Schema's "integer" allows. */
  private static boolean isGradeNumber(JsonNode node) {
    return node.isNumber()
        && node.canConvertToExactIntegral()
        && node.asDouble() >= 1
        && node.asDouble() <= 6;
  }

  private static Samples samples(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return Samples.NONE;
    }
    if (!node.isObject()) {
      problems.add(new Problem("samples", "expected an object of sample sizes, found " + node));
      return Samples.NONE;
    }
    Fields f = new Fields(node, "samples", problems);
    f.onlyKnown(Set.copyOf(SAMPLE_FIELDS));
    Integer[] sizes = new Integer[SAMPLE_FIELDS.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = f.whole(SAMPLE_FIELDS.get(i), false, 1, 1_000_000);
    }
    return new Samples(sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5]);
  }

  private List<EvidenceItem> items(JsonNode node, Samples samples, List<Problem> problems) {
    List<EvidenceItem> items = new ArrayList<>();
    if (!isArray(node, "evidence", problems)) {
      return items;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "evidence[" + i + "]";
      EvidenceItem item = new ItemCheck(path, node.get(i), samples, problems).item();
      if (item == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(item.measure(), i);
      if (first != null) {
        problems.add(
            new Problem(
                path + ".measure",
                "'"
                    + item.measure()
                    + "' is already given at evidence["
                    + first
                    + "]; give each measure once"));
        continue;
      }
      items.add(item);
    }
    return items;
  }

  private static boolean isArray(JsonNode node, String path, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isArray()) {
      problems.add(new Problem(path, "expected a list, found " + Fields.shortly(node)));
      return false;
    }
    if (node.size() > MAX_ITEMS) {
      problems.add(
          new Problem(path, node.size() + " entries is more than the limit of " + MAX_ITEMS));
      return false;
    }
    return true;
  }

  private static List<Finding> findings(JsonNode node, List<Problem> problems) {
    List<Finding> findings = new ArrayList<>();
    if (!isArray(node, "findings", problems)) {
      return findings;
    }
    for (int i = 0; i < node.size(); i++) {
      String path = "findings[" + i + "]";
      JsonNode f = node.get(i);
      if (!f.isObject()) {
        problems.add(new Problem(path, "expected a finding object, found " + Fields.shortly(f)));
        continue;
      }
      int before = problems.size();
      Fields fields = new Fields(f, path, problems);
      fields.onlyKnown(FINDING_FIELDS);
      Integer statement = fields.whole("statement", true, 1, 4);
      Kind kind = fields.choice("kind", true, Kind.values(), Kind::id);
      Weight weight = fields.choice("weight", true, Weight.values(), Weight::id);
      String text = fields.text("text", true, MAX_TEXT);
      Aspect aspect = fields.choice("aspect", false, Aspect.values(), Aspect::id);
      Boolean key = fields.bool("keyMessage");
      boolean outstanding = Boolean.TRUE.equals(fields.bool("outstanding"));
      if (outstanding && kind == Kind.AREA_FOR_IMPROVEMENT) {
        fields.problem(
            "outstanding",
            "true is only for a strength (outstanding or sector leading); this finding is an area for improvement");
      }
      screen(fields, "text");
      if (problems.size() == before) {
        findings.add(
            new Finding(
                statement, kind, weight, text, aspect, Boolean.TRUE.equals(key), outstanding));
      }
    }
    return findings;
  }

  static void screen(Fields fields, String name) {
    JsonNode value = fields.node().get(name);
    if (value != null && value.isTextual()) {
      PersonalDataScreen.check(value.asText())
          .ifPresent(
              what ->
                  fields.problem(
                      name,
                      "looks like it identifies a person: "
                          + what
                          + "; evidence must be about services in aggregate, without names or details of children or families"));
    }
  }

  /** Checks one evidence item against the catalogue, the phrases and the declared samples. */
  private final class ItemCheck {
    private final String path;
    private final JsonNode node;
    private final Samples samples;
    private final List<Problem> problems;

    ItemCheck(String path, JsonNode node, Samples samples, List<Problem> problems) {
      this.path = path;
      this.node = node;
      this.samples = samples;
      this.problems = problems;
    }

    EvidenceItem item() {
      if (!node.isObject()) {
        problems.add(
            new Problem(path, "expected an evidence object, found " + Fields.shortly(node)));
        return null;
      }
      int before = problems.size();
      Fields f = new Fields(node, path, problems);
      f.onlyKnown(ITEM_FIELDS);
      String id = f.text("measure", true, 100);
      Measure measure = id == null ? null : measure(f, id);
      String note = f.text("note", false, MAX_TEXT);
      screen(f, "note");
      List<String> forms = forms();
      if (forms.size() != 1) {
        problems.add(
            new Problem(
                path,
                forms.isEmpty()
                    ? "no figure given; expected exactly one of count with of, percent, or phrase"
                    : "gives "
                        + String.join(" and ", forms)
                        + "; expected exactly one of count with of, percent, or phrase"));
        return null;
      }
      Integer count = null;
      Integer of = null;
      Double percent = null;
      String phrase = null;
      switch (forms.get(0)) {
        case "count with of" -> {
          count = f.whole("count", true, 0, 1_000_000);
          of = f.whole("of", true, 1, 1_000_000);
          checkCount(count, of, measure);
        }
        case "percent" -> percent = f.number("percent", 0, 100);
        default -> phrase = phrase(f);
      }
      if (problems.size() != before) {
        return null;
      }
      return new EvidenceItem(id, count, of, percent, phrase, note);
    }

    private List<String> forms() {
      List<String> forms = new ArrayList<>();
      if (node.hasNonNull("count") || node.hasNonNull("of")) {
        forms.add("count with of");
      }
      if (node.hasNonNull("percent")) {
        forms.add("percent");
      }
      if (node.hasNonNull("phrase")) {
        forms.add("phrase");
      }
      return forms;
    }

    private Measure measure(Fields f, String id) {
      return catalogue
          .find(id)
          .orElseGet(
              () -> {
                f.problem(
                    "measure",
                    "'"
                        + id
                        + "' is not in the measure catalogue; the nearest are "
                        + String.join(
                            ", ",
                            catalogue.nearest(id, 3).stream().map(s -> "'" + s + "'").toList()));
                return null;
              });
    }

    private void checkCount(Integer count, Integer of, Measure measure) {
      if (count != null && of != null && count > of) {
        problems.add(
            new Problem(path + ".count", count + " is more than the " + of + " given in 'of'"));
      }
      if (of == null || measure == null) {
        return;
      }
      Integer sample = measure.source().sampleSize(samples);
      if (sample != null && of > sample) {
        problems.add(
            new Problem(
                path + ".of",
                of
                    + " is more than the sample of "
                    + sample
                    + " "
                    + measure.source().sampleName()
                    + " declared in samples; '"
                    + measure.id()
                    + "' counts "
                    + measure.source().sampleName()));
      }
    }

    private String phrase(Fields f) {
      String phrase = f.text("phrase", true, 100);
      if (phrase != null && phrases.interpret(phrase).isEmpty()) {
        f.problem(
            "phrase",
            "'"
                + phrase
                + "' is not a phrase QI Assist knows; expected "
                + either(phrases.known()));
        return null;
      }
      return phrase;
    }

    /** "a; b; or c": the kinds of phrase, each of which may list words with commas. */
    private static String either(List<String> kinds) {
      if (kinds.size() < 2) {
        return String.join("", kinds);
      }
      return String.join("; ", kinds.subList(0, kinds.size() - 1))
          + "; or "
          + kinds.get(kinds.size() - 1);
    }
  }
}

package scot.qiassist.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import scot.qiassist.json.QiAssistJson;

/**
 * A draft written as an evidence file: the JSON {@code schema/evidence.schema.json} describes,
 * which the evidence reader checks and the export gives. A value typed as a number is written as
 * one ("1,316" as 1316, "88%" as 88); a value that is not a number is written as the text typed, so
 * that the reader names it ("'4x' is not a whole number"); a blank value is left out.
 */
public final class DraftDocument {

  private static final JsonNodeFactory NODES = QiAssistJson.MAPPER.getNodeFactory();
  private static final Pattern WHOLE = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

  private final ObjectNode json;
  private final List<Integer> figureIds;
  private final List<Integer> findingIds;
  private final List<FieldProblem> problems;

  private DraftDocument(
      ObjectNode json,
      List<Integer> figureIds,
      List<Integer> findingIds,
      List<FieldProblem> problems) {
    this.json = json;
    this.figureIds = List.copyOf(figureIds);
    this.findingIds = List.copyOf(findingIds);
    this.problems = List.copyOf(problems);
  }

  public static DraftDocument of(EvidenceDraft draft) {
    ObjectNode root = NODES.objectNode();
    DraftDetails d = draft.details();
    text(root, "partnership", d.partnership());
    if (d.periodFrom() != null || d.periodTo() != null) {
      ObjectNode period = root.putObject("inspectionPeriod");
      text(period, "from", d.periodFrom());
      text(period, "to", d.periodTo());
    }
    if (d.draftGrade() != null) {
      root.set(
          "draftGrade",
          WHOLE.matcher(d.draftGrade()).matches()
              ? whole(d.draftGrade())
              : NODES.textNode(d.draftGrade()));
    }
    if (!d.samples().isEmpty()) {
      ObjectNode samples = root.putObject("samples");
      for (SampleSize s : SampleSize.values()) {
        number(samples, s.field(), d.sample(s), false);
      }
    }
    List<Integer> figureIds = new ArrayList<>();
    if (!draft.figures().isEmpty()) {
      var evidence = root.putArray("evidence");
      for (DraftFigure f : draft.figures()) {
        ObjectNode item = evidence.addObject();
        text(item, "measure", f.measure());
        number(item, "count", f.count(), false);
        number(item, "of", f.of(), false);
        number(item, "percent", f.percent(), true);
        text(item, "phrase", f.phrase());
        text(item, "note", f.note());
        figureIds.add(f.id());
      }
    }
    List<Integer> findingIds = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    if (!draft.findings().isEmpty()) {
      var findings = root.putArray("findings");
      for (DraftFinding f : draft.findings()) {
        findings.add(finding(f, problems));
        findingIds.add(f.id());
      }
    }
    return new DraftDocument(root, figureIds, findingIds, problems);
  }

  /** The evidence file, as the reader reads it and the export gives it. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The id of the figure at this index of {@code evidence}, or 0 when there is none. */
  int figureAt(int index) {
    return index < figureIds.size() ? figureIds.get(index) : 0;
  }

  /** The id of the finding at this index of {@code findings}, or 0 when there is none. */
  int findingAt(int index) {
    return index < findingIds.size() ? findingIds.get(index) : 0;
  }

  /** What the form allows but an evidence file cannot say: an area for improvement outstanding. */
  List<FieldProblem> problems() {
    return problems;
  }

  private static ObjectNode finding(DraftFinding f, List<FieldProblem> problems) {
    ObjectNode node = NODES.objectNode();
    if (f.statement() != null) {
      node.set(
          "statement",
          WHOLE.matcher(f.statement()).matches()
              ? whole(f.statement())
              : NODES.textNode(f.statement()));
    }
    text(node, "kind", f.kind());
    text(node, "weight", f.weight());
    text(node, "text", f.text());
    text(node, "aspect", f.aspect());
    if (f.keyMessage()) {
      node.put("keyMessage", true);
    }
    if (f.outstanding()) {
      if ("strength".equals(f.kind())) {
        node.put("outstanding", true);
      } else {
        problems.add(
            new FieldProblem(
                DraftPart.finding(f.id()),
                "outstanding",
                "only a strength can be judged outstanding; untick it, or make the finding a strength"));
      }
    }
    return node;
  }

  private static void text(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void number(ObjectNode node, String field, String typed, boolean decimal) {
    if (typed == null) {
      return;
    }
    String value =
        decimal && typed.endsWith("%") ? typed.substring(0, typed.length() - 1).strip() : typed;
    if (WHOLE.matcher(value).matches()) {
      node.set(field, whole(value));
    } else if (decimal && DECIMAL.matcher(value).matches()) {
      node.set(field, NODES.numberNode(new BigDecimal(value)));
    } else {
      node.put(field, typed);
    }
  }

  private static JsonNode whole(String digits) {
    BigInteger n = new BigInteger(digits.replace(",", "").replace("+", ""));
    return n.bitLength() < 32 ? NODES.numberNode(n.intValue()) : NODES.numberNode(n);
  }
}

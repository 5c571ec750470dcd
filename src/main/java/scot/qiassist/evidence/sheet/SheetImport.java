package scot.qiassist.evidence.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.json.QiAssistJson;

/**
 * A spreadsheet turned into evidence.
 *
 * @param document the evidence, checked whole by the evidence reader
 * @param evidence the same evidence as JSON, in the format of the evidence files (valid against
 *     schema/evidence.schema.json): what to export, store or post
 * @param leftOut the problems of the rows left out, when the caller asked to keep the good rows;
 *     empty otherwise (a sheet with a bad row is refused whole)
 */
public record SheetImport(
    EvidenceDocument document, ObjectNode evidence, List<RowProblem> leftOut) {

  public SheetImport {
    evidence = evidence.deepCopy();
    leftOut = List.copyOf(leftOut);
  }

  /** The rows left out, by number, each once. */
  public List<Integer> rowsLeftOut() {
    return leftOut.stream().map(RowProblem::row).distinct().sorted().toList();
  }

  /** The evidence JSON as the text of an evidence file, indented. */
  public String json() {
    try {
      return QiAssistJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }
}

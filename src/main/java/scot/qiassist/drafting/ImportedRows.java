package scot.qiassist.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The figures and findings of an imported spreadsheet put into a draft.
 *
 * <p>Decision: imported rows are added to the draft's figures and findings, never put in their
 * place; the draft's details stay as they are (the sheet's own details are only read and checked
 * with it). A measure the draft already has a figure of is then given twice, which the evidence
 * reader refuses as it does in an evidence file: the import is refused and the inspector changes or
 * removes one of the two.
 */
public final class ImportedRows {

  private ImportedRows() {}

  /** The draft with the evidence file's figures and findings added at the end, as typed. */
  public static EvidenceDraft added(EvidenceDraft draft, ObjectNode evidence) {
    EvidenceDraft changed = draft;
    for (JsonNode f : evidence.path("evidence")) {
      changed =
          changed.withFigure(
              new DraftFigure(
                  0,
                  text(f, "measure"),
                  text(f, "count"),
                  text(f, "of"),
                  text(f, "percent"),
                  text(f, "phrase"),
                  text(f, "note")));
    }
    for (JsonNode f : evidence.path("findings")) {
      changed =
          changed.withFinding(
              new DraftFinding(
                  0,
                  text(f, "statement"),
                  text(f, "kind"),
                  text(f, "weight"),
                  text(f, "aspect"),
                  text(f, "text"),
                  f.path("keyMessage").asBoolean(false),
                  f.path("outstanding").asBoolean(false)));
    }
    return changed;
  }

  /** How many figures and findings the evidence file has. */
  public static int count(ObjectNode evidence) {
    return evidence.path("evidence").size() + evidence.path("findings").size();
  }

  /**
   * The problems of the items added to a draft whose next item was {@code firstNew}: those the
   * import refuses (a measure the draft already has, a count beyond the draft's sample).
   */
  public static List<FieldProblem> problemsOfAdded(CheckedDraft checked, int firstNew) {
    return checked.problems().stream()
        .filter(p -> p.part().kind() != DraftPart.Kind.DETAILS && p.part().item() >= firstNew)
        .toList();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}

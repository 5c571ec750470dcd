package scot.qiassist.pages;

import java.util.Map;
import scot.qiassist.drafting.DraftForms;
import scot.qiassist.drafting.DraftPart;
import scot.qiassist.drafting.FieldProblem;
import scot.qiassist.drafting.SampleSize;

/** The evidence forms' fields in words, and where each is: a problem's label and link. */
final class DraftFieldLabels {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry(DraftForms.PARTNERSHIP, "Partnership"),
          Map.entry(DraftForms.FROM, "First day of the inspection"),
          Map.entry(DraftForms.TO, "Last day of the inspection"),
          Map.entry(DraftForms.DRAFT_GRADE, "Draft grade"),
          Map.entry(DraftForms.MEASURE, "Measure"),
          Map.entry(DraftForms.COUNT, "Count"),
          Map.entry(DraftForms.OF, "Of"),
          Map.entry(DraftForms.PERCENT, "Percent"),
          Map.entry(DraftForms.PHRASE, "Phrase"),
          Map.entry(DraftForms.NOTE, "Note"),
          Map.entry(DraftForms.STATEMENT, "Statement"),
          Map.entry(DraftForms.KIND, "Kind"),
          Map.entry(DraftForms.WEIGHT, "Weight"),
          Map.entry(DraftForms.ASPECT, "Aspect"),
          Map.entry(DraftForms.TEXT, "Finding"),
          Map.entry(DraftForms.KEY_MESSAGE, "Key message"),
          Map.entry(DraftForms.OUTSTANDING, "Outstanding"));

  private DraftFieldLabels() {}

  /** The field's label, as its form shows it. */
  static String label(FieldProblem p) {
    for (SampleSize s : SampleSize.values()) {
      if (s.field().equals(p.field())) {
        return s.label();
      }
    }
    return LABELS.getOrDefault(p.field(), p.field());
  }

  /** The field's form and label: "Figure 3, count". */
  static String where(FieldProblem p) {
    return switch (p.part().kind()) {
      case DETAILS -> label(p);
      case FIGURE -> "Figure " + p.part().item() + ", " + lower(label(p));
      case FINDING -> "Finding " + p.part().item() + ", " + lower(label(p));
    };
  }

  /** The field on its form's page. */
  static String href(String draftId, FieldProblem p) {
    DraftPart part = p.part();
    return switch (part.kind()) {
      case DETAILS -> EvidencePaths.of(EvidencePaths.DETAILS, draftId) + "#details-" + p.field();
      case FIGURE ->
          EvidencePaths.of(EvidencePaths.FIGURE, draftId, part.item()) + "#figure-" + p.field();
      case FINDING ->
          EvidencePaths.of(EvidencePaths.FINDING, draftId, part.item()) + "#finding-" + p.field();
    };
  }

  private static String lower(String label) {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}

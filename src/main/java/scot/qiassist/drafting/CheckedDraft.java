package scot.qiassist.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.evidence.Problem;

/**
 * A draft checked by the evidence reader, as the command line and the API check an evidence file:
 * the evidence it gives when nothing is wrong, else every problem at the form field that holds the
 * value (a problem at {@code evidence[2].count} is the count field of the draft's third figure).
 */
public final class CheckedDraft {

  private static final Pattern ITEM =
      Pattern.compile("^(evidence|findings)\\[(\\d+)](?:\\.([A-Za-z]+))?.*$");

  private final EvidenceDraft draft;
  private final ObjectNode json;
  private final EvidenceDocument evidence;
  private final List<FieldProblem> problems;

  private CheckedDraft(
      EvidenceDraft draft,
      ObjectNode json,
      EvidenceDocument evidence,
      List<FieldProblem> problems) {
    this.draft = draft;
    this.json = json;
    this.evidence = evidence;
    this.problems = List.copyOf(problems);
  }

  public static CheckedDraft of(EvidenceDraft draft, EvidenceReader reader) {
    DraftDocument document = DraftDocument.of(draft);
    List<FieldProblem> problems = new ArrayList<>(document.problems());
    EvidenceDocument evidence = null;
    try {
      evidence = reader.read(document.json());
    } catch (InvalidEvidenceException e) {
      e.problems().forEach(p -> problems.add(at(p, document)));
    }
    problems.sort(inFormOrder(draft));
    return new CheckedDraft(draft, document.json(), problems.isEmpty() ? evidence : null, problems);
  }

  /** The details first, then the figures and the findings as the draft has them, field by field. */
  private static Comparator<FieldProblem> inFormOrder(EvidenceDraft draft) {
    List<Integer> figures = draft.figures().stream().map(DraftFigure::id).toList();
    List<Integer> findings = draft.findings().stream().map(DraftFinding::id).toList();
    return Comparator.comparingInt((FieldProblem p) -> p.part().kind().ordinal())
        .thenComparingInt(
            p ->
                p.part().kind() == DraftPart.Kind.FIGURE
                    ? figures.indexOf(p.part().item())
                    : findings.indexOf(p.part().item()))
        .thenComparingInt(p -> DraftForms.order(p.part(), p.field()));
  }

  public EvidenceDraft draft() {
    return draft;
  }

  /** The draft as an evidence file. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /** The evidence the draft gives; only when it is {@link #valid()}. */
  public EvidenceDocument evidence() {
    if (evidence == null) {
      throw new IllegalStateException("the draft has problems: " + problems);
    }
    return evidence;
  }

  /** Every problem, in the order of the evidence file. */
  public List<FieldProblem> problems() {
    return problems;
  }

  /** The problems of one form's fields. */
  public List<FieldProblem> problemsOf(DraftPart part) {
    return problems.stream().filter(p -> p.part().equals(part)).toList();
  }

  /** A reader's problem at the form field of its path. */
  static FieldProblem at(Problem problem, DraftDocument document) {
    String path = problem.path();
    Matcher item = ITEM.matcher(path);
    if (item.matches()) {
      int index = Integer.parseInt(item.group(2));
      String field = item.group(3);
      if (item.group(1).equals("evidence")) {
        return new FieldProblem(
            DraftPart.figure(document.figureAt(index)),
            field == null ? "count" : field,
            problem.message());
      }
      return new FieldProblem(
          DraftPart.finding(document.findingAt(index)),
          field == null ? "text" : field,
          problem.message());
    }
    if (path.startsWith("inspectionPeriod")) {
      return new FieldProblem(
          DraftPart.DETAILS, path.endsWith(".to") ? "to" : "from", problem.message());
    }
    if (path.startsWith("samples.")) {
      return new FieldProblem(DraftPart.DETAILS, path.substring(8), problem.message());
    }
    if (path.equals("samples")) {
      return new FieldProblem(
          DraftPart.DETAILS, SampleSize.RECORDS_READ.field(), problem.message());
    }
    if (path.equals("draftGrade")) {
      return new FieldProblem(DraftPart.DETAILS, "draftGrade", problem.message());
    }
    if (path.equals("evidence") || path.equals("findings")) {
      // Too many items: the newest is the one over the limit.
      return path.equals("evidence")
          ? new FieldProblem(DraftPart.figure(lastOf(document, true)), "measure", problem.message())
          : new FieldProblem(DraftPart.finding(lastOf(document, false)), "text", problem.message());
    }
    return new FieldProblem(DraftPart.DETAILS, "partnership", problem.message());
  }

  private static int lastOf(DraftDocument document, boolean figures) {
    int last = 0;
    for (int i = 0; ; i++) {
      int id = figures ? document.figureAt(i) : document.findingAt(i);
      if (id == 0) {
        return last;
      }
      last = id;
    }
  }
}

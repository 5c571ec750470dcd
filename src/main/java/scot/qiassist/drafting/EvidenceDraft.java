package scot.qiassist.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The evidence of one inspection as an inspector is writing it on the evidence pages: the details,
 * the figures and the findings, each as typed. A change gives a new draft; saved, it is the draft's
 * next revision.
 *
 * @param nextItem the number the next figure or finding added gets
 */
public record EvidenceDraft(
    DraftDetails details, List<DraftFigure> figures, List<DraftFinding> findings, int nextItem) {

  public EvidenceDraft {
    if (details == null) {
      throw new IllegalArgumentException("a draft needs its details");
    }
    figures = List.copyOf(figures == null ? List.of() : figures);
    findings = List.copyOf(findings == null ? List.of() : findings);
    nextItem = Math.max(nextItem, 1);
  }

  public static EvidenceDraft start(DraftDetails details) {
    return new EvidenceDraft(details, List.of(), List.of(), 1);
  }

  public EvidenceDraft withDetails(DraftDetails changed) {
    return new EvidenceDraft(changed, figures, findings, nextItem);
  }

  public Optional<DraftFigure> figure(int id) {
    return figures.stream().filter(f -> f.id() == id).findFirst();
  }

  public Optional<DraftFinding> finding(int id) {
    return findings.stream().filter(f -> f.id() == id).findFirst();
  }

  /** The figure added at the end (id 0: a new one, numbered here), or put in place of its id. */
  public EvidenceDraft withFigure(DraftFigure figure) {
    if (figure.id() == 0) {
      List<DraftFigure> more = new ArrayList<>(figures);
      more.add(figure.withId(nextItem));
      return new EvidenceDraft(details, more, findings, nextItem + 1);
    }
    return new EvidenceDraft(
        details,
        figures.stream().map(f -> f.id() == figure.id() ? figure : f).toList(),
        findings,
        nextItem);
  }

  /** The finding added at the end (id 0: a new one, numbered here), or put in place of its id. */
  public EvidenceDraft withFinding(DraftFinding finding) {
    if (finding.id() == 0) {
      List<DraftFinding> more = new ArrayList<>(findings);
      more.add(finding.withId(nextItem));
      return new EvidenceDraft(details, figures, more, nextItem + 1);
    }
    return new EvidenceDraft(
        details,
        figures,
        findings.stream().map(f -> f.id() == finding.id() ? finding : f).toList(),
        nextItem);
  }

  public EvidenceDraft withoutFigure(int id) {
    return new EvidenceDraft(details, without(figures, f -> f.id() != id), findings, nextItem);
  }

  public EvidenceDraft withoutFinding(int id) {
    return new EvidenceDraft(details, figures, without(findings, f -> f.id() != id), nextItem);
  }

  /** The id a figure or finding added to this draft gets. */
  public int idOfNew() {
    return nextItem;
  }

  private static <T> List<T> without(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).toList();
  }
}

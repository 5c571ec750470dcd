package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.List;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Weight;

/**
 * One change of an evidence document, which several can make together: a figure read as another
 * standard word, a finding weighed one step heavier or lighter, judged outstanding, dropped, or a
 * finding added that the evidence does not have.
 */
sealed interface Edit {

  /** The entry changed, by its place in the evidence file, or -1 for a finding added. */
  int index();

  /** Whether the change is to a figure (evidence[i]) rather than a finding (findings[i]). */
  default boolean isFigure() {
    return false;
  }

  /** "evidence[3]", "findings[2]", or "findings[+]" for a finding added. */
  default String entry() {
    return (isFigure() ? "evidence[" : "findings[") + (index() < 0 ? "+" : index()) + "]";
  }

  /** Makes the change in the lists of a document being changed (a finding dropped is null). */
  void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added);

  /** evidence[index] read as this standard word. */
  record Figure(int index, String word) implements Edit {
    @Override
    public boolean isFigure() {
      return true;
    }

    @Override
    public void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added) {
      items.set(index, EvidenceItem.phrase(items.get(index).measure(), word));
    }
  }

  /** findings[index] with another weight. */
  record Reweighed(int index, Weight weight) implements Edit {
    @Override
    public void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added) {
      Finding f = findings.get(index);
      findings.set(
          index,
          new Finding(
              f.statement(),
              f.kind(),
              weight,
              f.text(),
              f.aspect(),
              f.keyMessage(),
              f.outstanding()));
    }
  }

  /** findings[index] judged outstanding or sector leading. */
  record Outstanding(int index) implements Edit {
    @Override
    public void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added) {
      Finding f = findings.get(index);
      findings.set(
          index,
          new Finding(
              f.statement(), f.kind(), f.weight(), f.text(), f.aspect(), f.keyMessage(), true));
    }
  }

  /** findings[index] left out. */
  record Dropped(int index) implements Edit {
    @Override
    public void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added) {
      findings.set(index, null);
    }
  }

  /** A finding the evidence does not have. */
  record Added(Finding finding) implements Edit {
    @Override
    public int index() {
      return -1;
    }

    @Override
    public void applyTo(List<EvidenceItem> items, List<Finding> findings, List<Finding> added) {
      added.add(finding);
    }
  }

  /** The document with every edit made; at most one edit to each entry. */
  static EvidenceDocument apply(EvidenceDocument document, List<Edit> edits) {
    List<EvidenceItem> items = new ArrayList<>(document.evidence());
    List<Finding> findings = new ArrayList<>(document.findings());
    List<Finding> added = new ArrayList<>();
    for (Edit edit : edits) {
      edit.applyTo(items, findings, added);
    }
    findings.removeIf(java.util.Objects::isNull);
    findings.addAll(added);
    return document.withEvidence(items).withFindings(findings);
  }
}

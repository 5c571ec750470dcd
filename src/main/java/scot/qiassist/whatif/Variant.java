package scot.qiassist.whatif;

import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.Weight;

/**
 * One variation of the evidence: a figure moved one band, or a finding dropped.
 *
 * @param document the evidence with this one change
 * @param evidence where the changed entry is in the evidence file: "evidence[31]", "findings[2]"
 * @param index the entry's place in its list, for a stable order
 * @param move "up" or "down" for a figure, "dropped" for a finding
 * @param distance for a figure, the percentage points between its range and the band edge it would
 *     cross; null for a finding
 * @param weight for a finding, its weight; null for a figure
 * @param better whether the change makes the evidence better: a figure moving the way its measure
 *     is good, or an area for improvement dropped
 * @param words how the change reads after "if": "records whose plan was evaluated adequate or weak
 *     were less than half instead of the majority"
 * @param figures the entry as the evidence gives it, for the reader to check
 */
record Variant(
    EvidenceDocument document,
    String evidence,
    int index,
    String move,
    Integer distance,
    Weight weight,
    boolean better,
    String measure,
    String from,
    String to,
    String words,
    String figures) {

  boolean isFigure() {
    return distance != null;
  }
}

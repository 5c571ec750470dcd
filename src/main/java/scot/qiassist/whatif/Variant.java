package scot.qiassist.whatif;

import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Weight;

/**
 * One variation of the evidence: a figure moved one band, a finding weighed one step heavier or
 * lighter, judged outstanding, dropped, or a finding added.
 *
 * @param edit the change, which other changes may join
 * @param document the evidence with this one change
 * @param evidence where the changed entry is in the evidence file: "evidence[31]", "findings[2]",
 *     or "findings[+]" for a finding added
 * @param index the entry's place in its list, for a stable order; -1 for a finding added
 * @param move "up" or "down" for a figure; "weight-up", "weight-down", "outstanding" or "dropped"
 *     for a finding; "added" for a finding added
 * @param distance for a figure, the percentage points between its range and the band edge it would
 *     cross; null otherwise
 * @param weight for a finding, its weight (an added one's); null for a figure
 * @param better whether the change makes the evidence better: a figure moving the way its measure
 *     is good, a strength heavier, judged outstanding or added, an area for improvement lighter or
 *     dropped
 * @param words how the change reads after "if": "records whose plan was evaluated adequate or weak
 *     were less than half instead of the majority"
 * @param figures the entry as the evidence gives it, for the reader to check
 * @param added the finding added, or null
 */
record Variant(
    Edit edit,
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
    String figures,
    Finding added) {

  boolean isFigure() {
    return distance != null;
  }

  /**
   * The kind of change, nearest first: a figure, a finding's weight or mark, a drop, an addition.
   */
  int tier() {
    return switch (move) {
      case "up", "down" -> 0;
      case "weight-up", "weight-down", "outstanding" -> 1;
      case "dropped" -> 2;
      default -> 3;
    };
  }
}

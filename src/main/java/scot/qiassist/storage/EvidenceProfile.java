package scot.qiassist.storage;

import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.evaluation.Evaluation;
import scot.qiassist.evaluation.Judgement;
import scot.qiassist.evaluation.ReadingView;

/**
 * An evaluation in brief, kept beside it so that consistency checks compare many evaluations
 * without reading each result whole.
 *
 * @param readings each measure's figure: the middle of its range, in whole percent
 * @param findings how many strengths and areas for improvement the result holds, by statement, kind
 *     and weight, keyed "1 strength major"
 */
public record EvidenceProfile(Map<String, Integer> readings, Map<String, Integer> findings) {

  public EvidenceProfile {
    readings = Map.copyOf(readings);
    findings = Map.copyOf(findings);
  }

  public static EvidenceProfile of(Evaluation result) {
    Map<String, Integer> readings = new TreeMap<>();
    for (ReadingView r : result.readings()) {
      readings.put(r.measure(), (r.low() + r.high()) / 2);
    }
    Map<String, Integer> findings = new TreeMap<>();
    for (Judgement j : result.judgements()) {
      findings.merge(key(j.statement(), j.kind(), j.weight()), 1, Integer::sum);
    }
    return new EvidenceProfile(readings, findings);
  }

  /** The key of one cell of the findings profile: "2 area-for-improvement important". */
  public static String key(int statement, String kind, String weight) {
    return statement + " " + kind + " " + weight;
  }
}

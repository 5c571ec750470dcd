package scot.qiassist.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.evaluation.Conclusion;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Kind;
import scot.qiassist.evidence.Source;
import scot.qiassist.evidence.Weight;

/**
 * Conclusions counted by what the weigh and grade phases read of them (statement, kind, weight,
 * aspect, source, outstanding), so that the effects of changes can be added up: the conclusions of
 * two changes made together are, but for rules that read two figures at once, those of the evidence
 * plus what each change adds and takes away.
 */
record ConclusionCounts(Map<Key, Integer> counts) {

  /** What the balance and the grade criteria read of a conclusion. */
  record Key(
      int statement, Kind kind, Weight weight, Aspect aspect, Source source, boolean outstanding) {
    static Key of(Conclusion c) {
      return new Key(c.statement(), c.kind(), c.weight(), c.aspect(), c.source(), c.outstanding());
    }

    Conclusion conclusion() {
      return new Conclusion(statement, kind, weight, aspect, "what-if", false, source, outstanding);
    }
  }

  ConclusionCounts {
    counts = Map.copyOf(counts);
  }

  static ConclusionCounts of(List<Conclusion> conclusions) {
    Map<Key, Integer> counts = new HashMap<>();
    conclusions.forEach(c -> counts.merge(Key.of(c), 1, Integer::sum));
    return new ConclusionCounts(counts);
  }

  /** What a change did: each key's count after it less its count before (negative when lost). */
  ConclusionCounts minus(ConclusionCounts before) {
    Map<Key, Integer> diff = new HashMap<>(counts);
    before.counts.forEach((k, n) -> diff.merge(k, -n, Integer::sum));
    diff.values().removeIf(n -> n == 0);
    return new ConclusionCounts(diff);
  }

  ConclusionCounts plus(ConclusionCounts change) {
    Map<Key, Integer> sum = new HashMap<>(counts);
    change.counts.forEach((k, n) -> sum.merge(k, n, Integer::sum));
    sum.values().removeIf(n -> n == 0);
    return new ConclusionCounts(sum);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** Whether every count is a count: changes that take away the same conclusion twice are not. */
  boolean isPossible() {
    return counts.values().stream().allMatch(n -> n > 0);
  }

  /** Conclusions with these counts, their texts left out: the weigh and grade phases' facts. */
  List<Conclusion> conclusions() {
    List<Conclusion> all = new ArrayList<>();
    counts.forEach(
        (k, n) -> {
          for (int i = 0; i < n; i++) {
            all.add(k.conclusion());
          }
        });
    return all;
  }
}

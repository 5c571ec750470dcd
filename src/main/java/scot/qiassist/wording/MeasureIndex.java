package scot.qiassist.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.Source;

/**
 * The catalogue's measures by their description words (what is counted and the sentence messages
 * use), each word weighted by how few measures use it: "knowledge" tells the two training measures
 * apart, "staff" tells little.
 */
final class MeasureIndex {

  /**
   * How the sample a sentence names scales the match of its words: not at all when it is the
   * measure's, a little when the sentence names none, more when it names another; not to zero,
   * because reports name the children where the sample is their records ("the majority of children
   * ... were involved in decisions" comes from the records read).
   */
  private static final double SAME_SAMPLE = 1.0;

  private static final double UNKNOWN_SAMPLE = 0.9;
  private static final double OTHER_SAMPLE = 0.75;

  /**
   * What is counted is the measure's own short description; the sentence adds the words messages
   * use ("took part in"), which a report may put otherwise. Both count, the first more.
   */
  private static final double COUNTED_WEIGHT = 0.6;

  private record Described(
      Measure measure,
      Set<String> counted,
      double countedTotal,
      Set<String> sentence,
      double sentenceTotal) {}

  private final List<Described> measures = new ArrayList<>();
  private final Map<String, Double> weight = new HashMap<>();

  /** For each stem, the measures whose description has it: a match visits only those. */
  private final Map<String, List<Integer>> inCounted = new HashMap<>();

  private final Map<String, List<Integer>> inSentence = new HashMap<>();

  MeasureIndex(List<Measure> catalogue) {
    Map<String, Integer> used = new HashMap<>();
    for (Measure m : catalogue) {
      Set<String> all = new HashSet<>(stems(m.counted()));
      all.addAll(stems(sentenceWords(m)));
      all.forEach(s -> used.merge(s, 1, Integer::sum));
    }
    used.forEach((s, n) -> weight.put(s, Math.log(1.0 + (double) catalogue.size() / n)));
    for (Measure m : catalogue) {
      Set<String> counted = stems(m.counted());
      Set<String> sentence = stems(sentenceWords(m));
      int at = measures.size();
      counted.forEach(c -> inCounted.computeIfAbsent(c, k -> new ArrayList<>()).add(at));
      sentence.forEach(c -> inSentence.computeIfAbsent(c, k -> new ArrayList<>()).add(at));
      measures.add(new Described(m, counted, total(counted), sentence, total(sentence)));
    }
  }

  private static String sentenceWords(Measure m) {
    return m.sentence().replace("{Word}", " ").replace("{word}", " ");
  }

  private double total(Set<String> stems) {
    return stems.stream().mapToDouble(weight::get).sum();
  }

  private static double share(double found, double total) {
    return total == 0 ? 0 : found / total;
  }

  /** The stems of a text's words, without the words that say nothing of a measure. */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : Words.normalise(text).split("[^\\p{L}\\p{N}']+")) {
      if (!word.isEmpty() && !Words.isStop(word)) {
        stems.add(Words.stem(word));
      }
    }
    return stems;
  }

  /**
   * The measures the context may be about, surest first.
   *
   * @param context the stems of the words around the quantity
   * @param samples the samples the sentence says the share is of; empty when it names none
   */
  List<MeasureMatch> match(Set<String> context, Set<Source> samples) {
    double[] counted = new double[measures.size()];
    double[] sentence = new double[measures.size()];
    for (String stem : context) {
      for (int i : inCounted.getOrDefault(stem, List.of())) {
        counted[i] += weight.get(stem);
      }
      for (int i : inSentence.getOrDefault(stem, List.of())) {
        sentence[i] += weight.get(stem);
      }
    }
    List<MeasureMatch> matches = new ArrayList<>(measures.size());
    for (int i = 0; i < measures.size(); i++) {
      Described d = measures.get(i);
      double description =
          COUNTED_WEIGHT * share(counted[i], d.countedTotal())
              + (1 - COUNTED_WEIGHT) * share(sentence[i], d.sentenceTotal());
      double sample =
          samples.isEmpty()
              ? UNKNOWN_SAMPLE
              : samples.contains(d.measure().source()) ? SAME_SAMPLE : OTHER_SAMPLE;
      matches.add(new MeasureMatch(d.measure(), description * sample));
    }
    matches.sort(Comparator.comparingDouble(MeasureMatch::confidence).reversed());
    return matches;
  }
}

package scot.qiassist.evaluation;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How the facts of one evaluation read in its text, each described once: a reading is matched by
 * many rules, and every firing's explanation names it again. Not shared between evaluations or
 * threads; {@link #uncached()} describes each fact afresh, for text filled once.
 *
 * <p>Fields of a fact ({@code {staff.word}}) are read each time: keeping them too was measured and
 * cost more than it saved, since most are read once.
 */
final class Descriptions {

  private final Map<Object, String> described;

  private Descriptions(Map<Object, String> described) {
    this.described = described;
  }

  /** For one evaluation: each fact described once. */
  static Descriptions forOneEvaluation() {
    return new Descriptions(new IdentityHashMap<>());
  }

  /** Nothing kept. */
  static Descriptions uncached() {
    return new Descriptions(null);
  }

  /** The fact as a person reads it ({@link Describe#fact}). */
  String of(Object fact) {
    return described == null
        ? Describe.fact(fact)
        : described.computeIfAbsent(fact, Describe::fact);
  }
}

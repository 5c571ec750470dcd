package scot.qiassist.evaluation;

import scot.qiassist.evidence.Finding;
import scot.qiassist.terms.Band;

/** How the facts a rule matched read in an explanation. */
final class Describe {

  private Describe() {}

  static String fact(Object fact) {
    if (fact == null) {
      return "";
    }
    if (fact instanceof Finding f) {
      return "inspectors' finding (statement "
          + f.statement()
          + ", "
          + f.weight().id()
          + " "
          + f.kind().label()
          + "): "
          + f.text();
    }
    if (fact instanceof Band b) {
      return b.word() + " (" + b.range() + ")";
    }
    if (fact instanceof Conclusion c) {
      return c.weight().id()
          + " "
          + c.kind().label()
          + " (statement "
          + c.statement()
          + "): "
          + c.text();
    }
    if (fact instanceof scot.qiassist.evidence.Measure m) {
      return m.id();
    }
    if (fact instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return String.valueOf(fact);
  }

  /** "statement 3", "statements 1 and 2", "statements 1, 2 and 4". */
  static String statements(java.util.Collection<Integer> numbers) {
    var list = numbers.stream().sorted().map(String::valueOf).toList();
    if (list.isEmpty()) {
      return "no statement";
    }
    if (list.size() == 1) {
      return "statement " + list.get(0);
    }
    return "statements "
        + String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1);
  }

  /** Whether a matched fact is worth listing as evidence behind a conclusion. */
  static boolean isEvidence(Object fact) {
    return fact instanceof Reading
        || fact instanceof Finding
        || fact instanceof Balance
        || fact instanceof EvidenceBase;
  }
}

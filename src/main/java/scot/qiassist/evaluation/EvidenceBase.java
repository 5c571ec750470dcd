package scot.qiassist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceItem;
import scot.qiassist.evidence.Finding;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Source;

/**
 * What the evidence of one inspection bears on, whatever it concludes: which statements have a
 * figure or a finding, which statements the records read give figures for, and which declared
 * samples gave no figure. The sufficiency rules and the evidence-base criteria of the grade read
 * it; it counts evidence, not its verdict.
 *
 * @param statementsWithEvidence the statements (1-4) with at least one figure or finding
 * @param statementsWithRecordFigures the statements with at least one figure from records read
 * @param recordsRead the declared number of records read, or 0
 * @param figures the number of figures of catalogue measures
 * @param sampledSourcesWithoutFigures sources with a declared sample that the catalogue has
 *     measures for, but no figure from them, in words ("staff survey responses")
 */
public record EvidenceBase(
    Set<Integer> statementsWithEvidence,
    Set<Integer> statementsWithRecordFigures,
    int recordsRead,
    int figures,
    List<String> sampledSourcesWithoutFigures) {

  public EvidenceBase {
    // In order, so that every result that shows them shows them the same way.
    statementsWithEvidence =
        java.util.Collections.unmodifiableSortedSet(new TreeSet<>(statementsWithEvidence));
    statementsWithRecordFigures =
        java.util.Collections.unmodifiableSortedSet(new TreeSet<>(statementsWithRecordFigures));
    sampledSourcesWithoutFigures = List.copyOf(sampledSourcesWithoutFigures);
  }

  public static EvidenceBase of(EvidenceDocument evidence, MeasureCatalogue catalogue) {
    Set<Integer> statements = new TreeSet<>();
    Set<Integer> recordStatements = new TreeSet<>();
    Set<Source> sourcesWithFigures = new java.util.HashSet<>();
    int figures = 0;
    for (EvidenceItem item : evidence.evidence()) {
      var measure = catalogue.find(item.measure());
      if (measure.isEmpty()) {
        continue;
      }
      Measure m = measure.get();
      figures++;
      statements.add(m.statement());
      sourcesWithFigures.add(m.source());
      if (m.source() == Source.RECORD_READING) {
        recordStatements.add(m.statement());
      }
    }
    for (Finding f : evidence.findings()) {
      statements.add(f.statement());
    }
    List<String> unused = new ArrayList<>();
    for (Source source : Source.values()) {
      Integer size = source.sampleSize(evidence.samples());
      boolean measured = catalogue.all().stream().anyMatch(m -> m.source() == source);
      if (size != null && size > 0 && measured && !sourcesWithFigures.contains(source)) {
        unused.add(source.sampleName());
      }
    }
    Integer records = Source.RECORD_READING.sampleSize(evidence.samples());
    return new EvidenceBase(
        statements, recordStatements, records == null ? 0 : records, figures, unused);
  }

  public boolean bearsOn(int statement) {
    return statementsWithEvidence.contains(statement);
  }

  public int statementCount() {
    return statementsWithEvidence.size();
  }

  /** The statements without any evidence, in order. */
  public List<Integer> statementsWithoutEvidence() {
    List<Integer> missing = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      if (!bearsOn(s)) {
        missing.add(s);
      }
    }
    return missing;
  }

  /** One fact per statement (1-4), saying whether anything bears on it. */
  public List<StatementEvidence> byStatement() {
    List<StatementEvidence> all = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      all.add(new StatementEvidence(s, bearsOn(s)));
    }
    return all;
  }

  /** Whether the records read give figures for this statement. */
  public boolean recordFiguresFor(int statement) {
    return statementsWithRecordFigures.contains(statement);
  }

  /** Whether any figure at all came from the records read. */
  public boolean hasRecordFigures() {
    return !statementsWithRecordFigures.isEmpty();
  }

  /** Inspectors' findings alone: no figure and no declared sample of records read. */
  public boolean findingsOnly() {
    return figures == 0 && recordsRead == 0;
  }

  /** "statements 1, 2 and 4", for explanations. */
  public String statementsText() {
    return Describe.statements(statementsWithEvidence);
  }

  /** "statement 3", "statements 3 and 4" or "none", for explanations. */
  public String missingText() {
    List<Integer> missing = statementsWithoutEvidence();
    return missing.isEmpty() ? "none" : Describe.statements(missing);
  }

  /** The sampled sources without figures, in words, or "none". */
  public String unusedSamplesText() {
    return sampledSourcesWithoutFigures.isEmpty()
        ? "none"
        : String.join(", ", sampledSourcesWithoutFigures);
  }

  /** As an explanation lists it among the evidence a rule weighed. */
  @Override
  public String toString() {
    return "evidence bearing on "
        + Describe.statements(statementsWithEvidence)
        + "; figures from the records read on "
        + Describe.statements(statementsWithRecordFigures)
        + "; "
        + recordsRead
        + " records read; "
        + figures
        + " figures"
        + (sampledSourcesWithoutFigures.isEmpty()
            ? ""
            : "; samples without a figure: " + String.join(", ", sampledSourcesWithoutFigures));
  }
}

package scot.qiassist.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.examples.Outcome;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleLint;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;

/**
 * Runs a candidate in this process. The child process uses it on its side; the service never does
 * for files sent to it, since a candidate's rules run when evidence is evaluated under them.
 */
public final class InProcessRunner implements CandidateRunner {

  @Override
  public CandidateRun run(Map<String, String> files, Map<String, String> evidence) {
    RuleSet candidate;
    try {
      candidate = new RuleSetLoader().load("candidate", files);
    } catch (RuleSetException e) {
      return CandidateRun.refused(new CheckReport(null, 0, e.problems(), List.of(), List.of()));
    }
    CheckReport check = RuleLint.check(candidate, files);
    return new CandidateRun(check, outcomes(candidate, evidence), candidate);
  }

  /**
   * The outcome of each piece of evidence, in the order given, found on every core: the evidence is
   * cut into one run of documents per core, each read and evaluated on a thread of its own.
   */
  private static List<CandidateRun.EvidenceOutcome> outcomes(
      RuleSet candidate, Map<String, String> evidence) {
    List<Map.Entry<String, String>> all = new ArrayList<>(evidence.entrySet());
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), all.size()));
    return IntStream.range(0, parts)
        .parallel()
        .mapToObj(
            part ->
                outcomes(
                    candidate,
                    all.subList(part * all.size() / parts, (part + 1) * all.size() / parts)))
        .flatMap(List::stream)
        .toList();
  }

  private static List<CandidateRun.EvidenceOutcome> outcomes(
      RuleSet candidate, List<Map.Entry<String, String>> evidence) {
    Evaluator evaluator = new Evaluator(candidate);
    EvidenceReader reader = new EvidenceReader(candidate.measures(), candidate.phrases());
    List<CandidateRun.EvidenceOutcome> outcomes = new ArrayList<>();
    for (Map.Entry<String, String> e : evidence) {
      try {
        Outcome outcome = Outcome.of(evaluator.evaluate(reader.read(e.getValue())));
        outcomes.add(new CandidateRun.EvidenceOutcome(e.getKey(), outcome, null));
      } catch (InvalidEvidenceException | RuntimeException x) {
        outcomes.add(new CandidateRun.EvidenceOutcome(e.getKey(), null, x.getMessage()));
      }
    }
    return outcomes;
  }
}

package scot.qiassist.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Evaluator evaluator = new Evaluator(candidate);
    EvidenceReader reader = new EvidenceReader(candidate.measures(), candidate.phrases());
    List<CandidateRun.EvidenceOutcome> outcomes = new ArrayList<>();
    evidence.forEach(
        (name, json) -> {
          try {
            Outcome outcome = Outcome.of(evaluator.evaluate(reader.read(json)));
            outcomes.add(new CandidateRun.EvidenceOutcome(name, outcome, null));
          } catch (InvalidEvidenceException | RuntimeException e) {
            outcomes.add(new CandidateRun.EvidenceOutcome(name, null, e.getMessage()));
          }
        });
    return new CandidateRun(check, outcomes, candidate);
  }
}

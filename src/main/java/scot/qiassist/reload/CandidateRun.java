package scot.qiassist.reload;

import java.util.List;
import scot.qiassist.examples.Outcome;
import scot.qiassist.rules.CheckReport;

/**
 * What running a candidate gave: its check, and the outcome of each evidence document under it (or
 * why there is none). This is the whole answer a child process sends back.
 */
public record CandidateRun(CheckReport check, List<EvidenceOutcome> outcomes) {

  public CandidateRun {
    outcomes = List.copyOf(outcomes);
  }

  /** The outcome of one evidence document, or the problem that kept it from one. */
  public record EvidenceOutcome(String name, Outcome outcome, String problem) {}

  /** A candidate that could not be run at all, with the problems that say why. */
  static CandidateRun refused(CheckReport check) {
    return new CandidateRun(check, List.of());
  }
}

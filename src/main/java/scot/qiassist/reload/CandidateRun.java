package scot.qiassist.reload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import scot.qiassist.examples.Outcome;
import scot.qiassist.rules.CheckReport;
import scot.qiassist.rules.RuleSet;

/**
 * What running a candidate gave: its check, and the outcome of each evidence document under it (or
 * why there is none). This is the whole answer a child process sends back; a run in this process
 * also hands over the rules it compiled, so they need not be compiled twice.
 */
public record CandidateRun(
    CheckReport check, List<EvidenceOutcome> outcomes, @JsonIgnore RuleSet compiled) {

  public CandidateRun {
    outcomes = List.copyOf(outcomes);
  }

  /** The answer as a child process sends it: no compiled rules cross a process boundary. */
  @JsonCreator
  public CandidateRun(
      @JsonProperty("check") CheckReport check,
      @JsonProperty("outcomes") List<EvidenceOutcome> outcomes) {
    this(check, outcomes, null);
  }

  /** The outcome of one evidence document, or the problem that kept it from one. */
  public record EvidenceOutcome(String name, Outcome outcome, String problem) {}

  /** A candidate that could not be run at all, with the problems that say why. */
  static CandidateRun refused(CheckReport check) {
    return new CandidateRun(check, List.of());
  }
}

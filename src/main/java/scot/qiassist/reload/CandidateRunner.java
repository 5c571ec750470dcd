package scot.qiassist.reload;

import java.util.Map;

/**
 * Compiles a candidate set of rule files that has passed the allowlist, checks it and evaluates
 * evidence under it, somewhere the candidate cannot harm the service: {@link CandidateWorker} in a
 * separate, limited process; {@link InProcessRunner} here, for callers that trust the files.
 */
public interface CandidateRunner {

  /**
   * @param files the candidate's files by their path in the rules directory
   * @param evidence evidence documents by name, each to be evaluated under the candidate
   */
  CandidateRun run(Map<String, String> files, Map<String, String> evidence);
}

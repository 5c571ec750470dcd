package scot.qiassist.storage;

/** A stored evaluation's summary with its profile: what a consistency check compares. */
public record ProfiledEvaluation(EvaluationSummary summary, EvidenceProfile profile) {}

package scot.qiassist.evaluation;

/** A reading whose range reaches across a band boundary, so its word is uncertain. */
public record BoundaryWarning(Reading reading) {}

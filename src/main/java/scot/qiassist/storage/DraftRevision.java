package scot.qiassist.storage;

import java.time.Instant;

/** One save of an evidence draft: its number, when, and the values saved. */
public record DraftRevision(int revision, Instant savedAt, String draftJson) {}

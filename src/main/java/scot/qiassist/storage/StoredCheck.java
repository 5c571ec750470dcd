package scot.qiassist.storage;

import java.time.Instant;

/**
 * One check of a rule set version, as the database keeps it: appended, never changed.
 *
 * @param id a random UUID
 * @param status "passed", "failed" or "refused"
 * @param expectedJson the expected outcome of each example it was tested against, by example
 * @param reportJson the check, the examples and the impact
 */
public record StoredCheck(
    String id,
    String version,
    Instant at,
    String by,
    String status,
    String expectedJson,
    String reportJson) {}

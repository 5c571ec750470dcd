package scot.qiassist.storage;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One rule set version put in service, as the database keeps it.
 *
 * @param sequence its place in the history, from 1; the highest is in service
 * @param version the rule set version, as results name it
 * @param at when it was put in service
 * @param by who asked: a token's holder and role, "start-up" or "file watcher"
 * @param files each file of the version with its SHA-256, by path
 * @param note why it was put in service, or null (activations before notes were asked for)
 * @param summary the summary of the check it rested on, as JSON, or null
 */
public record StoredActivation(
    long sequence,
    String version,
    Instant at,
    String by,
    Map<String, String> files,
    String note,
    String summary) {

  public StoredActivation {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}

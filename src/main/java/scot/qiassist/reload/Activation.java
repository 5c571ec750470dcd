package scot.qiassist.reload;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.storage.StoredActivation;

/**
 * One rule set put into service: its version, when, by whom (a role, the file watcher, or
 * start-up), and each file with its SHA-256 hash.
 */
public record Activation(String version, Instant at, String by, Map<String, String> files) {

  /** Who put the first version of a database in service: the first instance, as it started. */
  public static final String START_UP = "start-up";

  public Activation {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static Activation of(StoredActivation a) {
    return new Activation(a.version(), a.at(), a.by(), a.files());
  }
}

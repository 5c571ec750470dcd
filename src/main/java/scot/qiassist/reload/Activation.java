package scot.qiassist.reload;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One rule set put into service: its version, when, by whom (a role, or the file watcher), and each
 * file with its SHA-256 hash.
 */
public record Activation(String version, Instant at, String by, Map<String, String> files) {

  public Activation {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}

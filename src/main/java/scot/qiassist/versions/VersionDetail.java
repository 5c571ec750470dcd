package scot.qiassist.versions;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import scot.qiassist.examples.Outcome;
import scot.qiassist.reload.VersionCheck;

/**
 * One version whole: its entry, every file's text by its path in the rules directory, its latest
 * check (null when never checked), and the expected outcome of each example that check used.
 */
public record VersionDetail(
    VersionEntry entry,
    Map<String, String> files,
    VersionCheck check,
    Map<String, Outcome> expected) {

  public VersionDetail {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    expected = Collections.unmodifiableMap(new TreeMap<>(expected));
  }
}

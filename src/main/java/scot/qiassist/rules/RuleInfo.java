package scot.qiassist.rules;

import java.util.Map;

/**
 * What the catalogue knows of one rule: where it is written and what its metadata says.
 *
 * @param id the rule's {@code @id}
 * @param name the rule's name: a sentence a reviewer can check
 * @param file the rule file, relative to the rules directory
 * @param line the line of the file on which the rule starts
 * @param metadata every {@code @key(value)} of the rule
 * @param source the rule's text, from "rule" to "end"
 */
public record RuleInfo(
    String id, String name, String file, int line, Map<String, String> metadata, String source) {

  public RuleInfo {
    metadata = sorted(metadata);
  }

  private static final Class<?> SORTED_VIEW =
      java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<String, String>())
          .getClass();

  /**
   * Metadata in key order, unmodifiable; metadata already made so is kept as it is, since every
   * firing of a rule carries its rule's metadata and copying it each time was measurable.
   */
  public static Map<String, String> sorted(Map<String, String> metadata) {
    return metadata.getClass() == SORTED_VIEW
        ? metadata
        : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(metadata));
  }

  public String metadata(String key) {
    return metadata.get(key);
  }

  public Integer statement() {
    String s = metadata.get("statement");
    return s == null || !s.matches("[1-4]") ? null : Integer.valueOf(s);
  }

  public String explanation() {
    return metadata.get("explanation");
  }
}

package scot.qiassist.versions;

import java.util.List;

/**
 * A rule set version as the versions list shows it: where it came from, the status of its latest
 * check, whether it is in service, and each time it was put in service.
 *
 * @param status "passed", "failed", "refused", or "unchecked" for a version never checked (the
 *     rules directory put in service at the first start of a database)
 */
public record VersionEntry(
    String version,
    String createdAt,
    String createdBy,
    String parent,
    String origin,
    String status,
    boolean inService,
    List<ActivationEntry> activations) {

  public static final String UNCHECKED = "unchecked";

  public VersionEntry {
    activations = List.copyOf(activations);
  }
}

package scot.qiassist.versions;

import scot.qiassist.reload.VersionCheck;
import scot.qiassist.storage.StoredActivation;

/**
 * One time a version was put in service: who, when, why, and the summary of the check it rested on
 * (null for activations recorded before summaries were kept).
 *
 * @param sequence its place in the history, from 1; the highest is in service
 */
public record ActivationEntry(
    long sequence,
    String version,
    String at,
    String by,
    String note,
    VersionCheck.Summary summary) {

  public static ActivationEntry of(StoredActivation a) {
    return new ActivationEntry(
        a.sequence(),
        a.version(),
        a.at().toString(),
        a.by(),
        a.note(),
        a.summary() == null ? null : Summaries.read(a.summary()));
  }
}

package scot.qiassist.storage;

import java.time.Instant;

/**
 * A rule set version as the database keeps it, without its files.
 *
 * @param version its id: the hash of every file's path and text, as results name it
 * @param createdAt when it was first stored
 * @param parent the version it was based on, or null (read from the rules directory)
 * @param createdBy who sent it, or null for versions stored before this was kept
 * @param origin "candidate" (sent to the workbench or the API), "directory" (the rules directory,
 *     at start-up or on a reload), or null for versions stored before this was kept
 */
public record StoredVersion(
    String version, Instant createdAt, String parent, String createdBy, String origin) {

  public static final String CANDIDATE = "candidate";
  public static final String DIRECTORY = "directory";
}

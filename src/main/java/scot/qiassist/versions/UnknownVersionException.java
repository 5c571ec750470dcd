package scot.qiassist.versions;

/** No rule set version with this id is stored. */
public final class UnknownVersionException extends RuntimeException {

  private final String version;

  public UnknownVersionException(String version) {
    super(
        "no rule set version has the id '"
            + version
            + "'; GET /api/ruleset/versions lists every version");
    this.version = version;
  }

  public String version() {
    return version;
  }
}

package scot.qiassist.versions;

/** A stored evaluation whose rule set version cannot be built again: nothing was re-run. */
public final class ReplayUnavailableException extends RuntimeException {

  public ReplayUnavailableException(String message) {
    super(message);
  }
}

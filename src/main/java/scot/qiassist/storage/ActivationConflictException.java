package scot.qiassist.storage;

/**
 * Another activation was recorded (by this instance or another) after the one an activation was
 * meant to follow: nothing was written.
 */
public final class ActivationConflictException extends RuntimeException {

  public ActivationConflictException(String version, long after) {
    super(
        "version "
            + version
            + " was not put in service: another activation came after number "
            + after
            + " first");
  }
}

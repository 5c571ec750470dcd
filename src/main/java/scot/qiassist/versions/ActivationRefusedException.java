package scot.qiassist.versions;

/**
 * A version that may not be put in service as things stand: its latest check did not pass, or it is
 * in service already. Nothing was activated.
 */
public final class ActivationRefusedException extends RuntimeException {

  public ActivationRefusedException(String message) {
    super(message);
  }
}

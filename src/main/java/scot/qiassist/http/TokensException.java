package scot.qiassist.http;

/** Tokens that cannot be used: a line that is not "role token", an unknown role, a weak token. */
public final class TokensException extends Exception {

  public TokensException(String message) {
    super(message);
  }
}

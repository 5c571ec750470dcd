package scot.qiassist.http;

/**
 * Where the service listens and how large a request body it takes.
 *
 * @param host the address to listen on: 127.0.0.1 unless tokens are configured
 * @param port the port, or 0 for any free port (tests)
 * @param bodyLimit the largest request body accepted, in bytes
 * @param behindTlsProxy whether clients reach the service through a proxy that ends TLS
 *     (--behind-tls-proxy): its session cookie is then always Secure
 */
public record ServiceSettings(String host, int port, long bodyLimit, boolean behindTlsProxy) {

  public static final String LOCAL_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_BODY_LIMIT = 1_000_000;

  public ServiceSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException(
          "the service needs a host to listen on, such as " + LOCAL_HOST);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (bodyLimit < 1) {
      throw new IllegalArgumentException(
          "a body limit of " + bodyLimit + " bytes would refuse every request");
    }
  }

  /** Settings for a service that clients reach directly, not through a TLS proxy. */
  public ServiceSettings(String host, int port, long bodyLimit) {
    this(host, port, bodyLimit, false);
  }

  /** The settings of `qi-assist serve` with no options: 127.0.0.1:8080, bodies up to 1 MB. */
  public static ServiceSettings defaults() {
    return new ServiceSettings(LOCAL_HOST, DEFAULT_PORT, DEFAULT_BODY_LIMIT);
  }

  public ServiceSettings withPort(int port) {
    return new ServiceSettings(host, port, bodyLimit, behindTlsProxy);
  }

  public ServiceSettings withBodyLimit(long bodyLimit) {
    return new ServiceSettings(host, port, bodyLimit, behindTlsProxy);
  }

  public ServiceSettings behindTlsProxy(boolean behindTlsProxy) {
    return new ServiceSettings(host, port, bodyLimit, behindTlsProxy);
  }
}

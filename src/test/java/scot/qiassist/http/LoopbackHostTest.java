package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local mode answers only requests addressed to the loopback address or localhost with the
 * service's port, on every route, so that a page on another site cannot reach it by rebinding its
 * own name to 127.0.0.1 (the browser then sends that name as the Host).
 */
class LoopbackHostTest {

  private static RunningService service;

  @BeforeAll
  static void start() {
    service = RunningService.local();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @ParameterizedTest(name = "{0} with Host evil.example:PORT is 421")
  @ValueSource(
      strings = {
        "/api/ruleset",
        "/api/evaluations",
        "/api/nothing-here",
        "/health",
        "/openapi.yaml",
        "/",
        "/docs",
        "/sign-in",
        "/evaluations/x"
      })
  void a_request_addressed_to_another_name_is_misdirected_on_every_route(String path)
      throws IOException {
    String reply = get(path, "evil.example:" + port());

    assertThat(statusLine(reply)).isEqualTo("HTTP/1.1 421 Misdirected Request");
    assertThat(reply).contains("evil.example:" + port());
    if (path.startsWith("/api/") || path.equals("/health") || path.equals("/openapi.yaml")) {
      assertThat(reply)
          .contains("\"title\":\"Misdirected Request\"", "\"status\":421", "\"errors\":[]");
    } else {
      assertThat(reply).contains("<h1", "This address is not this service");
    }
  }

  @ParameterizedTest(name = "Host {0} is refused")
  @ValueSource(
      strings = {"127.0.0.1", "localhost", "127.0.0.1:1", "localhost.evil.example", "10.0.0.1"})
  void a_loopback_name_without_the_services_port_or_another_address_is_refused(String host)
      throws IOException {
    assertThat(statusLine(get("/api/ruleset", host))).contains(" 421 ");
  }

  @ParameterizedTest(name = "Host {0}:PORT is answered")
  @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "[::1]"})
  void the_loopback_address_or_localhost_with_the_port_is_answered(String host) throws IOException {
    assertThat(statusLine(get("/api/ruleset", host + ":" + port()))).isEqualTo("HTTP/1.1 200 OK");
  }

  private static int port() {
    return service.app().port();
  }

  private static String statusLine(String reply) {
    return reply.lines().findFirst().orElse("");
  }

  /** A GET with a Host header of our choosing, which java.net.http will not send. */
  private static String get(String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

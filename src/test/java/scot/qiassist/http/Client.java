package scot.qiassist.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Sends requests to a running service and checks every response against openapi.yaml, so
 * that each test's real responses are also a test of the description.
 */
final class Client {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String origin;
  private final String token;

  Client(String origin, String token) {
    this.origin = origin;
    this.token = token;
  }

  /** The same client with a bearer token. */
  Client as(String bearerToken) {
    return new Client(origin, bearerToken);
  }

  Reply get(String path) {
    return send("GET", path, BodyPublishers.noBody(), null);
  }

  Reply postJson(String path, String json) {
    return send("POST", path, BodyPublishers.ofString(json), "application/json");
  }

  Reply post(String path, byte[] body, String contentType) {
    return send("POST", path, BodyPublishers.ofByteArray(body), contentType);
  }

  Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString());
      Reply reply = new Reply(method, path, response.statusCode(), response.headers(), response.body());
      OpenApiContract.get().check(reply);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

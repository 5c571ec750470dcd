package scot.qiassist.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends requests to a running service and checks every response against openapi.yaml, so that each
 * test's real responses are also a test of the description. Redirects are not followed: a test sees
 * each 303 and where it points.
 */
final class Client {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String origin;
  private final String token;
  private final Map<String, String> headers;

  Client(String origin, String token) {
    this(origin, token, Map.of());
  }

  private Client(String origin, String token, Map<String, String> headers) {
    this.origin = origin;
    this.token = token;
    this.headers = Map.copyOf(headers);
  }

  /** The same client with a bearer token. */
  Client as(String bearerToken) {
    return new Client(origin, bearerToken, headers);
  }

  /** The same client sending one more header with every request, such as a Cookie. */
  Client with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Client(origin, token, more);
  }

  Reply get(String path) {
    return send("GET", path, BodyPublishers.noBody(), null);
  }

  Reply postJson(String path, String json) {
    return send("POST", path, BodyPublishers.ofString(json), "application/json");
  }

  /** A form as a browser posts it, fields in the order given. */
  Reply postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send("POST", path, BodyPublishers.ofString(body), "application/x-www-form-urlencoded");
  }

  Reply post(String path, byte[] body, String contentType) {
    return send("POST", path, BodyPublishers.ofByteArray(body), contentType);
  }

  Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin + path))
            // generous: on a loaded shared machine a reload under sixteen evaluating clients has
            // taken over 30 s; the tests assert answers, never how fast they came
            .timeout(Duration.ofSeconds(120))
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString());
      Reply reply =
          new Reply(method, path, response.statusCode(), response.headers(), response.body());
      OpenApiContract.get().check(reply);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

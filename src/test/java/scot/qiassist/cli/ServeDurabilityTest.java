package scot.qiassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scot.qiassist.RepositoryRules;

/**
 * `qi-assist serve` as its own process: what it acknowledged (201) survives a kill -9 of the
 * process ({@code destroyForcibly}: no shutdown hook, no flush), and a new process on the same
 * SQLite file finds the evaluation and its decision.
 */
class ServeDurabilityTest {

  private static final String INSPECTOR =
      "267fc4e8c17a22ea5d2aef760e866c5960cd505b922ae7f106e2354ae9cf2497";
  private static final String MODERATOR =
      "f3ee69257788d9e096a1775012e7fdf47f69870a145e0aebacaf5e4bff17301a";
  private static final Pattern SERVING =
      Pattern.compile("QI Assist is serving on (http://\\S+) with the rules");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  /** A running `serve`, and the origin it said it serves on. */
  private record Served(Process process, String origin) {}

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void an_evaluation_and_a_decision_acknowledged_survive_a_kill_9_of_the_service()
      throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("data/qi-assist.db");
    String evidence =
        Files.readString(RepositoryRules.EXAMPLES.resolve("north-lanarkshire-2023.json"));
    String id;
    Served first = serve(db, "first");
    try {
      HttpResponse<String> posted = send(first, "POST", "/api/evaluations", INSPECTOR, evidence);
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      id = JSON.readTree(posted.body()).get("id").asText();
      HttpResponse<String> decided =
          send(
              first,
              "POST",
              "/api/evaluations/" + id + "/decisions",
              MODERATOR,
              "{\"outcome\": \"adjust\", \"grade\": 4, \"reason\": \"Plans were weaker than the grade allows.\"}");
      assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    } finally {
      first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    Served second = serve(db, "second");
    try {
      HttpResponse<String> found = send(second, "GET", "/api/evaluations/" + id, INSPECTOR, null);

      assertThat(found.statusCode()).isEqualTo(200);
      JsonNode stored = JSON.readTree(found.body());
      assertThat(stored.get("evidence")).isEqualTo(JSON.readTree(evidence));
      assertThat(stored.get("author").asText()).isEqualTo("Ina Inspector");
      assertThat(stored.at("/decisions/0/moderator").asText()).isEqualTo("Morag Panel");
      assertThat(stored.at("/currentGrade/label").asText()).isEqualTo("Good");
    } finally {
      second.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Starts `qi-assist serve` on a free port with the test classpath, and waits until it says where
   * it serves.
   */
  private Served serve(String db, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                QiAssist.class.getName(),
                "serve",
                "--port",
                "0",
                "--db",
                db)
            .redirectError(temp.resolve(name + ".err").toFile());
    builder
        .environment()
        .put(
            "QI_ASSIST_TOKENS",
            "inspector:" + INSPECTOR + ":Ina Inspector,moderator:" + MODERATOR + ":Morag Panel");
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return new Served(process, m.group(1));
      }
    }
    process.destroyForcibly();
    throw new AssertionError(
        "serve ended without serving; its errors: "
            + Files.readString(temp.resolve(name + ".err")));
  }

  private static HttpResponse<String> send(
      Served served, String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(served.origin() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), BodyHandlers.ofString());
  }
}

package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-written openapi.yaml as a contract: finds the operation a response answers and validates
 * its status, content type and body against what the description promises.
 */
final class OpenApiContract {

  static final String LOCATION = "classpath:openapi.yaml";

  /**
   * Static files, which are no routes: Swagger UI's and GOV.UK Frontend's scripts and styles,
   * GOV.UK Frontend's fonts and images, and the pages' own stylesheet and scripts.
   */
  private static final List<String> STATIC =
      List.of(
          "/webjars/",
          "/assets/",
          "/qi-assist.css",
          "/qi-assist-docs.js",
          "/qi-assist-evidence.js");

  private static final String ERROR_SCHEMA = "/components/schemas/Error";
  private static OpenApiContract instance;

  private final JsonNode root;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final JsonMapper json = new JsonMapper();

  private OpenApiContract(JsonNode root) {
    this.root = root;
  }

  static synchronized OpenApiContract get() {
    if (instance == null) {
      try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
        instance = new OpenApiContract(new YAMLMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  JsonNode root() {
    return root;
  }

  /** Every operation the description has, as "GET /api/rules/{id}". */
  List<String> operations() {
    List<String> operations = new ArrayList<>();
    for (var path : root.path("paths").properties()) {
      for (var op : path.getValue().properties()) {
        operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }
    return operations;
  }

  /** The roles an operation lists in x-roles; empty for a public one. */
  List<String> roles(String method, String template) {
    List<String> roles = new ArrayList<>();
    root.path("paths")
        .path(template)
        .path(method.toLowerCase(Locale.ROOT))
        .path("x-roles")
        .forEach(r -> roles.add(r.asString()));
    return roles;
  }

  void check(Reply reply) {
    String where = reply.method() + " " + reply.path() + " answered " + reply.status();
    if (STATIC.stream().anyMatch(reply.path()::startsWith)) {
      return;
    }
    String template = template(reply.path().split("\\?", 2)[0]);
    if (template == null) {
      assertThat(reply.status())
          .as(where + " for a route openapi.yaml does not have")
          .isEqualTo(404);
      validate(where, ERROR_SCHEMA, reply);
      return;
    }
    JsonNode operation =
        root.path("paths").path(template).path(reply.method().toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) {
      assertThat(reply.status())
          .as(where + " for a method openapi.yaml does not have")
          .isEqualTo(405);
      validate(where, ERROR_SCHEMA, reply);
      return;
    }
    String pointer =
        "/paths/"
            + escape(template)
            + "/"
            + reply.method().toLowerCase(Locale.ROOT)
            + "/responses/"
            + reply.status();
    JsonNode response = root.at(pointer);
    if (response.isMissingNode()) {
      fail(
          where
              + ", which openapi.yaml does not describe for that operation; body: "
              + reply.body());
    }
    if (response.has("$ref")) {
      pointer = response.get("$ref").asString().substring(1);
      response = root.at(pointer);
    }
    if (!response.has("content")) {
      assertThat(reply.body()).as(where + ", which openapi.yaml describes with no body").isEmpty();
      return;
    }
    String mediaType = reply.contentType().split(";", 2)[0].strip();
    assertThat(response.path("content").has(mediaType))
        .as(
            where
                + " with Content-Type '"
                + mediaType
                + "', which openapi.yaml does not give for it")
        .isTrue();
    if (mediaType.equals("application/json")) {
      validate(where, pointer + "/content/" + escape(mediaType) + "/schema", reply);
    }
  }

  private void validate(String where, String pointer, Reply reply) {
    assertThat(problems(pointer, json.readTree(reply.body())))
        .as(where + ": the body breaks openapi.yaml " + pointer)
        .isEmpty();
  }

  /** What in a JSON value breaks the schema at a pointer of openapi.yaml; empty when it fits. */
  List<String> problems(String pointer, JsonNode value) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema(SchemaLocation.of(LOCATION + "#" + p)));
    return schema.validate(value).stream().map(Error::toString).toList();
  }

  /** The path template of openapi.yaml that a real path matches, or null. */
  private String template(String path) {
    for (var p : root.path("paths").properties()) {
      String regex = p.getKey().replaceAll("\\{[^}]+}", "[^/]+");
      if (path.matches(regex)) {
        return p.getKey();
      }
    }
    return null;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}

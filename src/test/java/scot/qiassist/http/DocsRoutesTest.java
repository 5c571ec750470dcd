package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import io.javalin.security.Roles;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /openapi.yaml and GET /docs, and the description against the route table. */
class DocsRoutesTest {

  private static final Set<HandlerType> VERBS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);
  private static RunningService service;
  private static Client client;

  @BeforeAll
  static void start() {
    service = RunningService.local();
    client = service.client();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void the_description_is_served_as_written() throws Exception {
    Reply reply = client.get("/openapi.yaml");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/yaml");
    try (InputStream written = getClass().getResourceAsStream("/openapi.yaml")) {
      assertThat(reply.body())
          .isEqualTo(new String(written.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void the_docs_page_loads_swagger_ui_from_this_service_alone() {
    Reply page = client.get("/docs");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<script src=\"" + DocsRoutes.SCRIPT + "\"></script>")
        .doesNotContainPattern("(?i)https?://");
    assertThat(client.get(DocsRoutes.SCRIPT).body())
        .as("the script that starts Swagger UI, a file so that no inline script is needed")
        .contains("url: \"/openapi.yaml\"")
        .contains("validatorUrl: null");
    Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
    int found = 0;
    while (assets.find()) {
      Reply asset = client.get(assets.group(1));
      assertThat(asset.status()).as(assets.group(1)).isEqualTo(200);
      assertThat(asset.body()).as(assets.group(1)).hasSizeGreaterThan(1000);
      found++;
    }
    assertThat(found).as("scripts and styles of Swagger UI").isEqualTo(2);
  }

  @Test
  void the_example_in_the_description_is_the_north_lanarkshire_evidence_file() throws Exception {
    var example = OpenApiContract.get().root().at("/components/examples/NorthLanarkshire/value");
    var file =
        new tools.jackson.databind.json.JsonMapper()
            .readTree(Files.readString(Evidence.NORTH_LANARKSHIRE));

    assertThat(example)
        .as(
            "openapi.yaml's example is a copy of examples/north-lanarkshire-2023.json: copy the file again")
        .isEqualTo(file);
  }

  @Test
  void every_example_in_the_description_fits_its_schema() {
    OpenApiContract contract = OpenApiContract.get();
    var evidence = contract.root().at("/components/examples/NorthLanarkshire/value");

    assertThat(contract.problems("/components/schemas/EvidenceDocument", evidence)).isEmpty();
    for (var response : contract.root().at("/components/responses").properties()) {
      if (!response.getValue().path("content").has("application/json")) {
        continue; // a page, or a redirect: no JSON to check
      }
      var example = response.getValue().at("/content/application~1json/example");
      assertThat(example.isMissingNode()).as(response.getKey() + " has an example").isFalse();
      assertThat(contract.problems("/components/schemas/Error", example))
          .as(response.getKey())
          .isEmpty();
    }
  }

  @Test
  void
      every_route_of_the_route_table_is_described_with_its_roles_and_every_description_is_a_route() {
    Map<String, List<String>> routes = new TreeMap<>();
    for (var parsed : service.app().unsafe.internalRouter.allHttpHandlers()) {
      var endpoint = parsed.endpoint;
      if (!VERBS.contains(endpoint.method)) {
        continue;
      }
      Roles roles = endpoint.metadata(Roles.class);
      routes.put(
          endpoint.method + " " + endpoint.path,
          roles == null
              ? List.of()
              : roles.getRoles().stream().map(r -> ((Role) r).id()).sorted().toList());
    }
    Map<String, List<String>> described = new TreeMap<>();
    for (String operation : OpenApiContract.get().operations()) {
      String[] parts = operation.split(" ", 2);
      described.put(
          operation, OpenApiContract.get().roles(parts[0], parts[1]).stream().sorted().toList());
    }

    assertThat(described).isEqualTo(routes);
  }

  @Test
  void a_response_that_breaks_the_description_fails_the_contract_check() {
    HttpHeaders json =
        HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
    Reply missingVersion = new Reply("GET", "/health", 200, json, "{\"status\":\"ok\"}");
    Reply undescribedStatus = new Reply("GET", "/health", 418, json, "{}");

    assertThatThrownBy(() -> OpenApiContract.get().check(missingVersion))
        .hasMessageContaining("rulesetVersion");
    assertThatThrownBy(() -> OpenApiContract.get().check(undescribedStatus))
        .hasMessageContaining("does not describe");
  }
}

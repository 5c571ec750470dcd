package scot.qiassist.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * GET /openapi.yaml, the hand-written description of every route, and GET /docs, Swagger UI over
 * it, served from its webjar so that it works with no network.
 */
final class DocsRoutes {

  static final String OPENAPI = "/openapi.yaml";

  /** The script that starts Swagger UI, served from the classpath folder "public". */
  static final String SCRIPT = "/qi-assist-docs.js";

  private static final String SWAGGER_UI_POM =
      "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

  private final byte[] openApi;
  private final String page;

  private DocsRoutes(byte[] openApi, String page) {
    this.openApi = openApi;
    this.page = page;
  }

  /** Reads the description and the Swagger UI version from the classpath, once. */
  static DocsRoutes load() {
    Properties swaggerUi = new Properties();
    try (InputStream description = DocsRoutes.class.getResourceAsStream(OPENAPI);
        InputStream pom = DocsRoutes.class.getResourceAsStream(SWAGGER_UI_POM)) {
      if (description == null || pom == null) {
        throw new IllegalStateException(
            "the jar lacks " + (description == null ? OPENAPI : "the Swagger UI webjar"));
      }
      swaggerUi.load(pom);
      return new DocsRoutes(description.readAllBytes(), page(swaggerUi.getProperty("version")));
    } catch (IOException e) {
      throw new UncheckedIOException("the API description could not be read from the jar", e);
    }
  }

  void openApi(Context ctx) {
    ctx.contentType("application/yaml").result(openApi);
  }

  void swaggerUi(Context ctx) {
    ctx.header("Content-Security-Policy", SecurityHeaders.DOCS_CONTENT_SECURITY_POLICY).html(page);
  }

  /**
   * The page links only to files of this service and has no inline script: {@link #SCRIPT} starts
   * Swagger UI over {@link #OPENAPI}.
   */
  private static String page(String version) {
    String ui = "/webjars/swagger-ui/" + version + "/";
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>QI Assist API</title>
          <link rel="stylesheet" href="%1$sswagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="%1$sswagger-ui-bundle.js"></script>
          <script src="%2$s"></script>
        </body>
        </html>
        """
        .formatted(ui, SCRIPT);
  }
}

package scot.qiassist.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend, as its webjar (org.webjars.npm:govuk-frontend) puts it on the classpath.
 *
 * <p>To serve it, mount {@link #ASSETS_RESOURCE} at {@code /assets} (the stylesheet asks for its
 * fonts and images at {@code /assets/fonts/...} and {@code /assets/images/...}) and serve {@link
 * #STYLESHEET_RESOURCE} at {@link #STYLESHEET_PATH}. Javalin's {@code
 * config.staticFiles.enableWebjars()} serves the stylesheet at that path as it is.
 */
public final class GovukFrontend {

  /** The version of the webjar in pom.xml; a test checks that its files are on the classpath. */
  public static final String VERSION = "5.14.0";

  /** The folder inside the webjar that holds the built stylesheet and the assets folder. */
  public static final String DIST_RESOURCE =
      "META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk";

  /** The built stylesheet, as a classpath resource. */
  public static final String STYLESHEET_RESOURCE = DIST_RESOURCE + "/govuk-frontend.min.css";

  /** Fonts and images, as a classpath folder: mount it at {@code /assets}. */
  public static final String ASSETS_RESOURCE = DIST_RESOURCE + "/assets";

  /** Where the pages link the stylesheet: the webjar's own path, as Javalin serves webjars. */
  public static final String STYLESHEET_PATH =
      "/webjars/govuk-frontend/" + VERSION + "/dist/govuk/govuk-frontend.min.css";

  private GovukFrontend() {}

  /** The stylesheet's text, for a report written to a file to carry inside itself. */
  public static String stylesheet() {
    try (InputStream in =
        GovukFrontend.class.getClassLoader().getResourceAsStream(STYLESHEET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "GOV.UK Frontend " + VERSION + " is not on the classpath at " + STYLESHEET_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

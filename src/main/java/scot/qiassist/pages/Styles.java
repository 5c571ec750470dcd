package scot.qiassist.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How a page gets its styles: linked, as the service serves them, or carried inside the page, for a
 * report written to a file and read offline.
 *
 * @param govukStylesheet the URL of GOV.UK Frontend's stylesheet, when linked
 * @param ownStylesheet the URL of QI Assist's own stylesheet, when linked
 * @param inline whether both are written into the page instead
 */
public record Styles(String govukStylesheet, String ownStylesheet, boolean inline) {

  /** QI Assist's own stylesheet on the classpath: serve the folder "public" at "/". */
  public static final String OWN_STYLESHEET_RESOURCE = "public/qi-assist.css";

  public static final String OWN_STYLESHEET_PATH = "/qi-assist.css";

  /** Linked at the paths the service serves them from: see {@link GovukFrontend}. */
  public static Styles served() {
    return new Styles(GovukFrontend.STYLESHEET_PATH, OWN_STYLESHEET_PATH, false);
  }

  /** Written into the page, so that a saved file needs nothing beside it. */
  public static Styles inlined() {
    return new Styles(null, null, true);
  }

  /** QI Assist's own stylesheet's text. */
  static String ownStylesheetText() {
    try (InputStream in =
        Styles.class.getClassLoader().getResourceAsStream(OWN_STYLESHEET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "QI Assist's stylesheet is not on the classpath at " + OWN_STYLESHEET_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

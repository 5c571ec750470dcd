package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium of the Debian packages (/usr/bin/chromium, /usr/bin/chromedriver) for the
 * browser tests, in a fresh profile, asking nothing of the network; what its console reports, and
 * axe-core's accessibility check of the page it shows.
 */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** The impacts of accessibility failures no page may have. */
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Chromium() {}

  /** Fails in CI, where .ci/run installs Chromium; skips elsewhere, saying what to install. */
  static void require() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message =
        "Chromium and ChromeDriver are needed at "
            + BINARY
            + " and "
            + DRIVER
            + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("In CI the browser test must run: " + message);
    }
    Assumptions.abort(message);
  }

  /** How long a test waits for the next page: under load a page can take a while to arrive. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  /**
   * Signs in with a token on the sign-in page the browser was sent to, and waits until the browser
   * has followed the redirect to the page asked for (the click may return before it has).
   */
  static void signIn(WebDriver browser, String token) {
    assertThat(browser.getCurrentUrl()).contains("/sign-in?next=");
    browser.findElement(By.id("sign-in-token")).sendKeys(token);
    new WebDriverWait(browser, PATIENCE)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Sign in']")))
        .click();
    new WebDriverWait(browser, PATIENCE)
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
  }

  /** A browser whose console messages can be read with {@link #consoleMessages}. */
  static WebDriver start(Path profile) throws Exception {
    Files.createDirectories(profile);
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(new File(profile.getParent().toFile(), "chromedriver.log"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,1024");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriver chrome = new ChromeDriver(driver, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  /**
   * The console's warnings and errors since last asked, such as "Refused to load the script ...
   * because it violates the following Content Security Policy directive".
   */
  static List<String> consoleMessages(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The console messages that report something the Content-Security-Policy refused. */
  static List<String> policyViolations(WebDriver browser) {
    return consoleMessages(browser).stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  /** axe-core's serious and critical failures of the page shown, each with where it is. */
  static List<String> seriousAccessibilityFailures(WebDriver browser) {
    Results results = new AxeBuilder().analyze(browser);
    if (results.isErrored()) {
      fail(
          "axe-core could not check " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .filter(r -> BLOCKING.contains(r.getImpact()))
        .map(Chromium::describe)
        .toList();
  }

  private static String describe(Rule r) {
    return r.getImpact()
        + " "
        + r.getId()
        + ": "
        + r.getHelp()
        + " at "
        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }
}

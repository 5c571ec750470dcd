package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import scot.qiassist.RepositoryRules;

/**
 * A moderator in a real browser, headless Chromium without JavaScript needed: signs in, opens the
 * North Lanarkshire evaluation, reads why it is Very good and what keeps it from Excellent, sees
 * the chart, records a decision and finds it in the history; the service restarts on the same
 * database and the decision is still there; the consistency view lists the nearest.
 *
 * <p>Every page is shown under the service's Content-Security-Policy, and the browser must report
 * nothing it refused; axe-core finds no serious or critical accessibility failure on any of them.
 *
 * <p>Chromium and ChromeDriver are Debian's (/usr/bin/chromium, /usr/bin/chromedriver); nothing is
 * downloaded. Without them the test is skipped with a message, except in CI (CI=true), where it
 * fails: CI installs them and must run it.
 */
class ModerationInBrowserTest {

  @TempDir Path temp;

  private RunningService service;
  private WebDriver browser;
  private String databaseUrl;

  @BeforeEach
  void start() throws Exception {
    Chromium.require();
    databaseUrl = "jdbc:sqlite:" + temp.resolve("data/qi-assist.db");
    service =
        RunningService.start(
            RepositoryRules.get(),
            RepositoryRules.DIRECTORY,
            Team.tokens(),
            ServiceSettings.defaults(),
            databaseUrl);
    browser = Chromium.start(temp.resolve("chromium-profile"));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void
      a_moderator_records_a_decision_on_the_north_lanarkshire_report_and_finds_it_after_a_restart() {
    String id = post(Team.INA, Evidence.northLanarkshire());
    for (String example :
        List.of("constructed-very-good", "constructed-good", "constructed-excellent")) {
      post(Team.IVOR, Evidence.example(example));
    }

    browser.get(service.origin() + "/evaluations/" + id);
    signIn(Team.MORAG);

    assertThat(browser.getCurrentUrl()).endsWith("/evaluations/" + id);
    assertThat(text(By.tagName("h1"))).isEqualTo("North Lanarkshire");
    assertThat(text(By.id("why"))).isEqualTo("Why Very good");
    assertThat(text(By.tagName("main")))
        .contains("Very good. Not Excellent because ")
        .contains("Not higher, because these criteria of the grade above do not hold");
    assertThat(browser.findElement(By.tagName("h1")).getCssValue("font-family"))
        .as("GOV.UK Frontend's stylesheet and fonts are loaded")
        .contains("GDS Transport");
    assertThat(browser.findElement(By.cssSelector("svg.qi-chart")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("svg.qi-chart .qi-chart__mark"))).hasSize(61);
    assertThat(Chromium.policyViolations(browser))
        .as("nothing the report needs is refused by its Content-Security-Policy")
        .isEmpty();
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the report").isEmpty();

    browser.findElement(By.cssSelector("label[for='decision-outcome-adjust']")).click();
    new Select(browser.findElement(By.id("decision-grade"))).selectByValue("4");
    browser
        .findElement(By.id("decision-reason"))
        .sendKeys("Plans were of inconsistent quality in more than half of the records read.");
    browser.findElement(By.xpath("//button[normalize-space()='Record decision']")).click();
    // The click returns as the form is sent; the page it leads to may come later on a busy machine.
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
        .until(b -> b.getCurrentUrl().endsWith("#decision-1"));

    assertThat(browser.getCurrentUrl()).endsWith("/evaluations/" + id + "#decision-1");
    assertThat(text(By.id("decision-1")))
        .contains("Decision 1: adjusted to Good (4)")
        .contains("by Morag Panel")
        .contains("Plans were of inconsistent quality in more than half of the records read.");

    service.close();
    service =
        RunningService.start(
            RepositoryRules.get(),
            RepositoryRules.DIRECTORY,
            Team.tokens(),
            ServiceSettings.defaults(),
            databaseUrl);
    browser.get(service.origin() + "/evaluations/" + id);

    assertThat(browser.getCurrentUrl())
        .as("still signed in after the restart: the session is in the database")
        .endsWith("/evaluations/" + id);
    assertThat(text(By.tagName("body"))).contains("Signed in as Morag Panel (moderator)");
    assertThat(text(By.id("decision-1")))
        .contains("Decision 1: adjusted to Good (4)")
        .contains("by Morag Panel");
    browser.findElement(By.linkText("Evaluations most alike this one")).click();
    assertThat(text(By.tagName("h1"))).isEqualTo("Evaluations most alike North Lanarkshire");
    List<WebElement> nearest = browser.findElements(By.cssSelector("#nearest tbody tr"));
    assertThat(nearest).hasSize(3);
    assertThat(text(By.id("nearest")))
        .contains(
            "Constructed example: Very good",
            "Constructed example: Good",
            "Constructed example: Excellent");
    assertThat(nearest.get(0).getText())
        .as("most alike first, with its grade")
        .startsWith("Constructed example: ")
        .contains("as the rules gave it");
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the consistency view").isEmpty();
    browser.get(service.origin() + "/");
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the list").isEmpty();
    browser.get(service.origin() + "/evaluations/" + id + "/print");
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the printable view").isEmpty();
    assertThat(Chromium.policyViolations(browser))
        .as("nothing any page needs is refused by its Content-Security-Policy")
        .isEmpty();
  }

  private String post(String token, String evidence) {
    Reply reply = service.client().as(token).postJson("/api/evaluations", evidence);
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  private void signIn(String token) {
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the sign-in page").isEmpty();
    Chromium.signIn(browser, token);
  }

  private String text(By by) {
    return browser.findElement(by).getText();
  }
}

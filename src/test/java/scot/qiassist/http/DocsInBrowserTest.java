package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI at /docs in a real browser under the page's Content-Security-Policy: it starts from
 * the service's own files, shows POST /api/evaluations with the North Lanarkshire example in the
 * request body, evaluates it with Execute, and the browser refuses nothing it needs.
 */
class DocsInBrowserTest {

  @TempDir Path temp;

  private RunningService service;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    Chromium.require();
    service = RunningService.local();
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
  void swagger_ui_evaluates_the_preloaded_north_lanarkshire_example_under_the_pages_policy() {
    browser.get(service.origin() + "/docs");
    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    var evaluate =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#operations-evaluation-evaluate .opblock-summary")));

    evaluate.click();
    var body =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-evaluation-evaluate textarea.body-param__text")));
    assertThat(body.getAttribute("value")).contains("\"partnership\": \"North Lanarkshire\"");
    browser.findElement(By.cssSelector("#operations-evaluation-evaluate button.execute")).click();
    var response =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-evaluation-evaluate .live-responses-table")));

    assertThat(response.getText()).contains("201").contains("Very good");
    assertThat(Chromium.policyViolations(browser))
        .as("nothing Swagger UI needs is refused by the page's Content-Security-Policy")
        .isEmpty();
  }

  @Test
  void the_browser_refuses_a_script_injected_into_a_page_and_reports_it() {
    browser.get(service.origin() + "/");
    assertThat(Chromium.policyViolations(browser)).isEmpty();

    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'document.title = \"injected\"';"
                + " document.body.appendChild(s);"
                + " var css = document.createElement('style');"
                + " css.textContent = 'body { color: red }';"
                + " document.head.appendChild(css);");

    assertThat(browser.getTitle()).doesNotContain("injected");
    assertThat(Chromium.policyViolations(browser))
        .as("an inline script and an inline style, each refused and reported")
        .hasSize(2)
        .allMatch(m -> m.contains("violates the following Content Security Policy directive"));
  }
}

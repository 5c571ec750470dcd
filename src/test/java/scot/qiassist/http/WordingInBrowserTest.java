package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wording page in headless Chromium, as an inspector uses it from the keyboard: the draft
 * pasted beside their stored evaluation, each flag reached with Tab, its reason shown on focus; no
 * serious or critical axe-core failure, nothing refused by the Content-Security-Policy.
 */
class WordingInBrowserTest {

  @TempDir Path temp;

  private RunningService service;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    Chromium.require();
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
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
  void an_inspector_checks_a_draft_and_reaches_each_flag_and_its_reason_from_the_keyboard() {
    String id = service.post(Team.INA, Evidence.northLanarkshire());
    browser.get(service.origin() + "/evaluations/" + id);
    Chromium.signIn(browser, Team.INA);

    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.linkText("Check a draft report's wording against this evaluation")));
    browser
        .findElement(By.linkText("Check a draft report's wording against this evaluation"))
        .click();
    assertThat(
            new Select(browser.findElement(By.id("evaluation")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(id);
    browser
        .findElement(By.id("draftText"))
        .sendKeys("Most staff (95%) were confident. Nearly all parents said so.");
    browser.findElement(By.xpath("//button[normalize-space()='Check the wording']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("flag-1-why")));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wording check");
    WebElement why = browser.findElement(By.id("flag-1-why"));
    assertThat(why.isDisplayed()).as("the reason is hidden until the flag has focus").isFalse();
    WebElement first = tabTo("flag-1");
    assertThat(first.getText()).isEqualTo("Most");
    assertThat(why.isDisplayed()).as("the reason shows on focus").isTrue();
    assertThat(why.getText()).contains("Suggested: almost all");
    assertThat(first.getDomAttribute("aria-describedby")).isEqualTo("flag-1-why");
    assertThat(tabTo("flag-2").getText()).isEqualTo("Nearly all");
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as("the marked draft").isEmpty();
    assertThat(Chromium.policyViolations(browser)).isEmpty();
  }

  /** Presses Tab until the element with the id has focus, and gives it. */
  private WebElement tabTo(String id) {
    for (int i = 0; i < 60; i++) {
      WebElement active = browser.switchTo().activeElement();
      if (id.equals(active.getDomAttribute("id"))) {
        return active;
      }
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached #" + id);
  }
}

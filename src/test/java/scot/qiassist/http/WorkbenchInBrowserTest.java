package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The rules workbench in headless Chromium, as policy staff use it: a file changed in the browser
 * and saved as a candidate, its page read, put in service, then rolled back; no serious or critical
 * axe-core failure on any page, nothing refused by the Content-Security-Policy.
 */
class WorkbenchInBrowserTest {

  private static final String PLANNING = "statements/statement-2-planning-and-support.drl";

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
  void policy_staff_change_a_file_put_the_candidate_in_service_and_roll_back() {
    String original = service.rules().version();
    browser.get(service.origin() + "/rules");
    Chromium.signIn(browser, Team.POLICY);
    waitFor("Rule set versions");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rule set versions");
    accessible("the versions");

    browser.findElement(By.linkText(original)).click();
    browser.findElement(By.linkText(PLANNING)).click();
    accessible("the file");
    WebElement text = browser.findElement(By.id("text"));
    text.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
    text.sendKeys("\n// Reviewed by the policy team.\n");
    browser.findElement(By.xpath("//button[normalize-space()='Save as a candidate']")).click();
    waitFor("Changed files");

    String candidate = browser.getCurrentUrl().replaceAll(".*/rules/versions/", "");
    assertThat(candidate).isNotEqualTo(original).hasSize(12);
    assertThat(main())
        .contains("passed")
        .contains("Every example gives the outcome expected of it.")
        .contains("+// Reviewed by the policy team.");
    accessible("the candidate");

    browser.findElement(By.linkText("Put this version in service")).click();
    accessible("the confirmation");
    browser.findElement(By.id("note")).sendKeys("Change request 12: a reviewed comment");
    browser.findElement(By.xpath("//button[normalize-space()='Yes, put it in service']")).click();
    waitFor("is in service.");

    assertThat(main()).contains("Version " + candidate + " is in service.");
    assertThat(service.rules().version()).isEqualTo(candidate);
    accessible("the versions after an activation");

    browser.findElement(By.linkText(original)).click();
    browser.findElement(By.linkText("Roll back to this version")).click();
    browser.findElement(By.id("note")).sendKeys("Roll back change request 12");
    browser
        .findElement(By.xpath("//button[normalize-space()='Yes, roll back to this version']"))
        .click();
    waitFor("Version " + original + " is in service.");

    assertThat(main())
        .contains("Version " + original + " is in service.")
        .contains("Roll back change request 12")
        .contains("Change request 12: a reviewed comment");
    assertThat(service.rules().version()).isEqualTo(original);
    assertThat(Chromium.policyViolations(browser)).isEmpty();
  }

  /** Waits, generously, for the page a form led to: the check of a candidate takes seconds. */
  private void waitFor(String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(120))
        // the page may be replaced by the next while it is read
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(b -> mainContains(b, text));
  }

  /**
   * Whether the page's main element holds the text; false while the page is being replaced, which
   * Chromium reports either as a stale element or as a node that no longer belongs to the document.
   */
  private static boolean mainContains(org.openqa.selenium.WebDriver b, String text) {
    try {
      return b.findElements(By.tagName("main")).stream().anyMatch(m -> m.getText().contains(text));
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return false;
      }
      throw e;
    }
  }

  private String main() {
    java.util.List<WebElement> main = browser.findElements(By.tagName("main"));
    assertThat(main).as(browser.getCurrentUrl() + ": " + browser.getPageSource()).hasSize(1);
    return main.get(0).getText();
  }

  private void accessible(String page) {
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as(page).isEmpty();
    assertThat(Chromium.policyViolations(browser)).as(page).isEmpty();
  }
}

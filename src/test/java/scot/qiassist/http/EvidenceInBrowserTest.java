package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import scot.qiassist.RepositoryRules;

/**
 * An inspector in a real browser, headless Chromium with its script on: starts an evaluation, makes
 * two mistakes (an "of" above the sample, a finding that names a person), fixes them from the error
 * summary, watches the live panel follow what is typed, imports a spreadsheet with a bad row
 * (refused, then its good rows kept), reaches a grade, exports the evidence and submits it to the
 * panel.
 *
 * <p>Every page is shown under the service's Content-Security-Policy, which must refuse nothing;
 * axe-core finds no serious or critical accessibility failure on any of them. Without Chromium the
 * test is skipped with a message, except in CI (CI=true), where it fails.
 */
class EvidenceInBrowserTest {

  private static final Duration PATIENCE = Chromium.PATIENCE;

  @TempDir Path temp;

  private RunningService service;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    Chromium.require();
    service =
        RunningService.start(
            RepositoryRules.get(),
            RepositoryRules.DIRECTORY,
            Team.tokens(),
            ServiceSettings.defaults(),
            "jdbc:sqlite:" + temp.resolve("data/qi-assist.db"));
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
  void an_inspector_drafts_fixes_two_mistakes_reaches_a_grade_exports_and_submits()
      throws Exception {
    browser.get(service.origin() + "/evidence/new");
    Chromium.signIn(browser, Team.INA);
    accessible("the start page");

    type(By.id("details-partnership"), "Fife");
    type(By.id("details-from"), "2024-02-05");
    type(By.id("details-to"), "2024-06-28");
    type(By.id("details-recordsRead"), "60");
    new Select(browser.findElement(By.id("details-draftGrade"))).selectByValue("4");
    click(By.xpath("//button[normalize-space()='Start the evaluation']"));
    waitFor(ExpectedConditions.urlMatches("/evidence/[0-9a-f-]+$"));
    assertThat(text(By.tagName("h1"))).isEqualTo("Fife");
    assertThat(text(By.id("panel-grade"))).isEqualTo("Not graded");
    accessible("the new draft");

    // Mistake 1: an 'of' above the 60 records read; the panel says so as it is typed.
    click(By.linkText("Add a figure to statement 1"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("measure-search")));
    type(By.id("measure-search"), "records read");
    assertThat(browser.findElement(By.cssSelector("[data-search*='staff survey']")).isDisplayed())
        .as("the search hides the staff survey's measures as it is typed")
        .isFalse();
    click(By.cssSelector("label[for='figure-measure-ird-held']"));
    type(By.id("figure-count"), "45");
    type(By.id("figure-of"), "61");
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("live-panel"), "Of: 61 is more than the sample of 60 records read"));
    accessible("the figure form, with the panel's warning");
    click(By.xpath("//button[normalize-space()='Save the figure']"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
    assertThat(text(By.className("govuk-error-summary")))
        .contains("There is a problem")
        .contains("Of: 61 is more than the sample of 60 records read declared in samples");
    accessible("the figure form, refused");
    click(
        By.linkText(
            "Of: 61 is more than the sample of 60 records read declared in samples; 'ird-held' counts records read"));
    WebElement of = browser.findElement(By.id("figure-of"));
    assertThat(of.getAttribute("value")).as("what was typed is kept").isEqualTo("61");
    of.clear();
    of.sendKeys("60");
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("panel-reading"), "reads as most (75% up to 89%)"));
    click(By.xpath("//button[normalize-space()='Save the figure']"));
    waitFor(ExpectedConditions.urlContains("#figure-1"));
    assertThat(text(By.id("figure-1"))).contains("45 of 60").contains("most (75% up to 89%)");

    // Mistake 2: a finding that names a person.
    click(By.linkText("Add a finding to statement 2"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("finding-text")));
    click(By.cssSelector("label[for='finding-kind']"));
    click(By.cssSelector("label[for='finding-weight-important']"));
    type(By.id("finding-text"), "Mrs Smith said the plans were clear.");
    click(By.xpath("//button[normalize-space()='Save the finding']"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
    assertThat(text(By.className("govuk-error-summary")))
        .contains("Finding: looks like it identifies a person");
    accessible("the finding form, refused");
    WebElement finding = browser.findElement(By.id("finding-text"));
    finding.clear();
    finding.sendKeys("Plans were clear and shared with families.");
    click(By.xpath("//button[normalize-space()='Save the finding']"));
    waitFor(ExpectedConditions.urlContains("#finding-2"));

    click(By.linkText("Add a finding to statement 3"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("finding-text")));
    click(By.cssSelector("label[for='finding-kind']"));
    click(By.cssSelector("label[for='finding-weight-minor']"));
    type(By.id("finding-text"), "Children's views were heard in their reviews.");
    waitFor(
        ExpectedConditions.not(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("panel-grade"), "Not graded")));
    click(By.xpath("//button[normalize-space()='Save the finding']"));
    waitFor(ExpectedConditions.urlContains("#finding-3"));

    // A spreadsheet with a bad row: refused whole, every bad row named; then its good rows kept.
    Path sheet = temp.resolve("fife.csv");
    Files.writeString(
        sheet,
        String.join(
            "\r\n",
            "partnership,Fife",
            "records read,60",
            "",
            "measure,count,of,percent,phrase,statement,kind,weight,aspect,key message,outstanding,text",
            "clear-decisions-next-steps,,,,almost all,,,,,,,",
            "staff-feel-valued,,,,most all,,,,,,,",
            ""));
    find(By.id("import-file")).sendKeys(sheet.toString());
    click(By.xpath("//button[normalize-space()='Import the spreadsheet']"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
    assertThat(text(By.className("govuk-error-summary")))
        .contains("The spreadsheet has 1 problem. Nothing was imported:")
        .contains("row 6, column phrase: 'most all' is not a phrase QI Assist knows");
    accessible("the draft, its spreadsheet refused");
    click(By.cssSelector("label[for='import-keep']"));
    find(By.id("import-file")).sendKeys(sheet.toString());
    click(By.xpath("//button[normalize-space()='Import the spreadsheet']"));
    waitFor(ExpectedConditions.urlContains("imported=1&leftOut=6"));
    assertThat(text(By.id("imported"))).contains("left out the bad row 6.");
    assertThat(text(By.tagName("main"))).contains("clear-decisions-next-steps");
    accessible("the draft, its spreadsheet's good rows imported");

    String grade = text(By.id("panel-grade"));
    assertThat(grade).matches("(Excellent|Very good|Good|Adequate|Weak|Unsatisfactory) \\(\\d\\)");
    assertThat(browser.findElement(By.cssSelector("#live-panel svg.qi-points")).isDisplayed())
        .isTrue();
    assertThat(text(By.id("panel-draft-grade"))).startsWith("Your draft grade, Good: ");
    accessible("the draft with a grade");

    String exported =
        download(
            browser.findElement(By.linkText("Export the evidence (JSON)")).getAttribute("href"));
    JsonNode file = new ObjectMapper().readTree(exported);
    assertThat(EvidenceFiles.schemaProblems(file)).isEmpty();
    assertThat(file.get("partnership").asText()).isEqualTo("Fife");
    assertThat(file.get("evidence")).hasSize(2);
    assertThat(file.get("findings")).hasSize(2);

    click(By.xpath("//button[normalize-space()='Submit for moderation']"));
    waitFor(ExpectedConditions.urlMatches("/evaluations/[0-9a-f-]+$"));
    assertThat(text(By.tagName("h1"))).isEqualTo("Fife");
    assertThat(text(By.id("why"))).isEqualTo("Why " + grade.substring(0, grade.indexOf(" (")));
    assertThat(browser.findElement(By.cssSelector("svg.qi-points")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("how-the-rules-decided")).getAttribute("open")).isNull();
    accessible("the stored evaluation");
    browser.get(service.origin() + "/");
    assertThat(text(By.id("drafts"))).isEqualTo("Your evidence drafts");
    assertThat(text(By.tagName("main"))).contains("Submitted");
    accessible("the home page");
    assertThat(Chromium.policyViolations(browser))
        .as("nothing any page needs is refused by its Content-Security-Policy")
        .isEmpty();
  }

  /** The file a link offers, fetched by the page itself with its session, as a download is. */
  private String download(String url) {
    Object text =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.text(); }).then(done, function (e) { done('failed: ' + e); });",
                url);
    return String.valueOf(text);
  }

  private void accessible(String page) {
    assertThat(Chromium.seriousAccessibilityFailures(browser)).as(page).isEmpty();
  }

  /** The element, once the page shows it: a click may return before the next page is loaded. */
  private WebElement find(By by) {
    return new WebDriverWait(browser, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  private void click(By by) {
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private <T> void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    new WebDriverWait(browser, PATIENCE).until(condition);
  }

  private String text(By by) {
    return find(by).getText();
  }
}

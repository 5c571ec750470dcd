package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.drafting.Drafts;
import scot.qiassist.drafting.EvidenceDraft;
import scot.qiassist.evidence.sheet.EvidenceTemplate;
import scot.qiassist.json.QiAssistJson;

/**
 * A spreadsheet uploaded on a draft's page, as a browser without JavaScript sends it, and the ways
 * to the draft grade in the draft's live panel.
 */
class DraftImportPagesTest {

  /** Row 5 a figure, row 6 a finding, row 7 a figure with a phrase that is no phrase. */
  static final String WITH_A_BAD_ROW =
      String.join(
          "\r\n",
          "partnership,Angus",
          "records read,60",
          "",
          "measure,count,of,percent,phrase,statement,kind,weight,aspect,key message,outstanding,text",
          "ird-held,45,60,,,,,,,,,",
          ",,,,,2,strength,major,,no,no,Staff knew the children they worked with well",
          "staff-feel-valued,,,,most all,,,,,,,",
          "");

  static final String GOOD = WITH_A_BAD_ROW.replace("most all", "almost all");

  private static RunningService service;
  private static Team.Browser ina;
  private static Team.Browser ivor;

  @BeforeAll
  static void start() {
    service = RunningService.start(Team.tokens(), ServiceSettings.defaults());
    ina = Team.signIn(service.client(), Team.INA);
    ivor = Team.signIn(service.client(), Team.IVOR);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_good_csv_is_added_to_the_draft_as_a_new_revision() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply imported = upload(ina, id, "angus.csv", GOOD, false, ina.formToken());

    assertThat(imported.status()).as(imported.body()).isEqualTo(303);
    assertThat(imported.headers().firstValue("Location"))
        .hasValue("/evidence/" + id + "?imported=3#evidence-import");
    assertThat(revision(id)).isEqualTo(2);
    assertThat(ina.client().get("/evidence/" + id + "?imported=3").body())
        .contains("Imported 3 figures and findings from the spreadsheet.")
        .contains("45 of 60")
        .contains("Staff knew the children they worked with well")
        .contains("almost all");
  }

  @Test
  void a_good_excel_workbook_is_added_to_the_draft_as_a_new_revision() throws IOException {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply imported = send(ina.client(), id, "angus.xlsx", workbook(GOOD), false, ina.formToken());

    assertThat(imported.status()).as(imported.body()).isEqualTo(303);
    assertThat(revision(id)).isEqualTo(2);
    assertThat(ina.client().get("/evidence/" + id).body())
        .contains("45 of 60")
        .contains("Staff knew the children they worked with well");
  }

  @Test
  void a_csv_with_a_bad_row_is_refused_naming_its_row_and_column_and_nothing_changes() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply refused = upload(ina, id, "angus.csv", WITH_A_BAD_ROW, false, ina.formToken());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
        .contains(
            "<a href=\"#import-file\">The spreadsheet has 1 problem. Nothing was imported:</a>")
        .contains(
            "<a href=\"#import-file\">row 7, column phrase: 'most all' is not a phrase QI Assist knows; nearest: 'almost all'")
        .contains("govuk-file-upload--error")
        .contains("Keep the good rows and leave the bad ones out");
    assertThat(revision(id)).isEqualTo(1);
  }

  @Test
  void keeping_the_good_rows_imports_them_and_says_which_row_was_left_out() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply kept = upload(ina, id, "angus.csv", WITH_A_BAD_ROW, true, ina.formToken());

    assertThat(kept.status()).as(kept.body()).isEqualTo(303);
    assertThat(kept.headers().firstValue("Location"))
        .hasValue("/evidence/" + id + "?imported=2&leftOut=7#evidence-import");
    assertThat(revision(id)).isEqualTo(2);
    assertThat(ina.client().get("/evidence/" + id + "?imported=2&leftOut=7").body())
        .contains("Imported 2 figures and findings from the spreadsheet; left out the bad row 7.")
        .contains("45 of 60")
        .doesNotContain("most all");
  }

  @Test
  void a_measure_the_draft_already_has_is_refused_and_nothing_is_imported() {
    String id = EvidencePagesTest.start(ina, "Angus");
    assertThat(upload(ina, id, "angus.csv", GOOD, false, ina.formToken()).status()).isEqualTo(303);

    Reply again = upload(ina, id, "angus.csv", GOOD, false, ina.formToken());

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body())
        .contains("The spreadsheet's rows do not fit the draft. Nothing was imported:");
    assertThat(revision(id)).isEqualTo(2);
  }

  @Test
  void an_upload_over_the_size_limit_is_refused_with_413_before_it_is_read() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply refused = upload(ina, id, "big.csv", "x".repeat(1_100_000), false, ina.formToken());

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.body()).contains("larger than the limit of 1000000 bytes");
    assertThat(revision(id)).isEqualTo(1);
  }

  @Test
  void an_upload_without_a_file_is_shown_again_with_its_problem() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply refused = upload(ina, id, "", "", false, ina.formToken());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "<a href=\"#import-file\">Choose a spreadsheet to import: an .xlsx or .csv file.");
    assertThat(revision(id)).isEqualTo(1);
  }

  @Test
  void an_upload_without_the_form_token_or_from_another_site_is_refused_with_403() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply forged = upload(ina, id, "angus.csv", GOOD, false, "not-the-token");
    Reply crossSite =
        send(
            ina.client().with("Sec-Fetch-Site", "cross-site"),
            id,
            "angus.csv",
            GOOD,
            false,
            ina.formToken());

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("The form was not sent from a page of this sign-in");
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(revision(id)).isEqualTo(1);
  }

  @Test
  void another_inspectors_draft_is_not_found_and_nothing_is_imported() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply taken = upload(ivor, id, "angus.csv", GOOD, false, ivor.formToken());

    assertThat(taken.status()).isEqualTo(404);
    assertThat(taken.body()).contains("None of your evidence drafts has the id '" + id);
    assertThat(revision(id)).isEqualTo(1);
  }

  @Test
  void the_draft_page_links_the_templates_which_an_inspector_downloads() {
    String id = EvidencePagesTest.start(ina, "Angus");

    Reply page = ina.client().get("/evidence/" + id);
    Reply csv = ina.client().get("/evidence/template.csv");
    Reply xlsx = ina.client().get("/evidence/template.xlsx");

    assertThat(page.body())
        .contains("href=\"/evidence/template.xlsx\"")
        .contains("href=\"/evidence/template.csv\"")
        .contains("enctype=\"multipart/form-data\"")
        .contains("They are added to the figures and findings already in the draft");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).isEqualTo(EvidenceTemplate.csv());
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith(EvidenceImportRoutes.XLSX);
  }

  @Test
  void a_draft_grade_the_evidence_does_not_give_lists_the_nearest_ways_to_it_in_the_panel()
      throws IOException {
    String id = stored(ina, "whatif/good-drafted-very-good.json");

    Reply page = ina.client().get("/evidence/" + id);
    Reply live =
        ina.client()
            .postForm(
                "/evidence/" + id + "/panel",
                EvidencePagesTest.form(ina, Map.of("part", "details")));

    assertThat(page.body())
        .contains("<div id=\"what-if-to-draft\">")
        .contains("What would give your draft grade, Very good")
        .contains("The nearest 3 sets of changes of the")
        .contains(
            "the grade would be Very good: it would meet 'Very good needs major strengths in more than one statement'.</li>");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body())
        .contains("What would give your draft grade, Very good")
        .contains("href=\"/evidence/" + id + "#what-if-to-draft\"")
        .doesNotContain("the grade would be Very good");
  }

  private static String stored(Team.Browser browser, String resource) throws IOException {
    try (InputStream in = DraftImportPagesTest.class.getResourceAsStream("/" + resource)) {
      EvidenceDraft draft = Drafts.of(new ObjectMapper().readTree(in));
      return service
          .moderation()
          .drafts()
          .create(
              Team.INA_NAME,
              draft.details().partnership(),
              QiAssistJson.MAPPER.writeValueAsString(draft))
          .id();
    }
  }

  private static int revision(String id) {
    return service.moderation().drafts().find(id).orElseThrow().revision();
  }

  static Reply upload(
      Team.Browser browser,
      String id,
      String fileName,
      String content,
      boolean keep,
      String formToken) {
    return send(browser.client(), id, fileName, content, keep, formToken);
  }

  /** The rows of a CSV sheet as the sheet Evidence of a workbook, numbers as numbers. */
  private static byte[] workbook(String csv) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Evidence");
      String[] lines = csv.split("\r\n");
      for (int r = 0; r < lines.length; r++) {
        var row = sheet.createRow(r);
        String[] cells = lines[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].matches("\\d+")) {
            row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
          } else if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Reply send(
      Client client, String id, String fileName, String content, boolean keep, String formToken) {
    return send(client, id, fileName, content.getBytes(StandardCharsets.UTF_8), keep, formToken);
  }

  private static Reply send(
      Client client, String id, String fileName, byte[] content, boolean keep, String formToken) {
    String boundary = "----qi-assist-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "formToken", formToken);
    if (keep) {
      field(body, boundary, "keepGoodRows", "true");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return client.post(
        "/evidence/" + id + "/import",
        body.toByteArray(),
        "multipart/form-data; boundary=" + boundary);
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}

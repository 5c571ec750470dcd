package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.qiassist.RepositoryRules;
import scot.qiassist.evidence.sheet.EvidenceTemplate;
import scot.qiassist.evidence.sheet.SheetOf;

/** The evidence spreadsheet over HTTP: its templates, and its import as evidence JSON. */
class EvidenceImportRouteTest {

  private static final String IMPORT = "/api/evidence/import";
  private static RunningService service;
  private static Client client;
  private static String northLanarkshire;

  @BeforeAll
  static void start() throws Exception {
    service = RunningService.local();
    client = service.client();
    northLanarkshire = SheetOf.csv(RepositoryRules.reader().read(Evidence.northLanarkshire()));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The North Lanarkshire sheet with row 15 holding a phrase that is no phrase. */
  private static String withABadRow() {
    List<String> lines = SheetOf.lines(northLanarkshire);
    lines.set(14, "staff-feel-valued,,,,most all,,,,,,,");
    return String.join("\r\n", lines);
  }

  /** A form with one file field, "file", as a browser uploads it. */
  private static byte[] multipart(String boundary, String fileName, String type, byte[] file)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        utf8(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n"));
    body.write(file);
    body.write(utf8("\r\n--" + boundary + "--\r\n"));
    return body.toByteArray();
  }

  @Test
  void a_csv_sheet_sent_as_the_body_is_answered_as_evidence_json_that_evaluates() {
    Reply reply = client.post(IMPORT, utf8(northLanarkshire), "text/csv");
    Reply evaluated = client.postJson("/api/evaluations", reply.json().get("evidence").toString());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("leftOut")).isEmpty();
    assertThat(reply.json().at("/evidence/partnership").asText()).isEqualTo("North Lanarkshire");
    assertThat(evaluated.status()).isEqualTo(201);
    assertThat(evaluated.json().at("/grade/label").asText()).isEqualTo("Very good");
  }

  @Test
  void a_workbook_uploaded_as_a_forms_file_is_read_by_its_name() throws Exception {
    byte[] form =
        multipart(
            "qi-assist-boundary",
            "evidence.xlsx",
            EvidenceImportRoutes.XLSX,
            EvidenceTemplate.xlsx(RepositoryRules.get()));

    Reply reply = client.post(IMPORT, form, "multipart/form-data; boundary=qi-assist-boundary");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("row 1, partnership");
    assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("is missing");
  }

  @Test
  void a_bad_row_refuses_the_sheet_with_every_problem_at_its_row_and_column() {
    Reply reply = client.post(IMPORT + "?name=nl.csv", utf8(withABadRow()), "text/csv");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("The spreadsheet has 1 problem. Nothing was imported.");
    assertThat(reply.json().at("/errors/0/path").asText()).isEqualTo("row 15, column phrase");
    assertThat(reply.json().at("/errors/0/message").asText())
        .startsWith("'most all' is not a phrase QI Assist knows; nearest: 'almost all' (90%-99%)");
  }

  @Test
  void keeping_the_good_rows_answers_the_rest_and_lists_the_rows_left_out() {
    Reply reply = client.post(IMPORT + "?keepGoodRows=true", utf8(withABadRow()), "text/csv");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("rowsLeftOut").toString()).isEqualTo("[15]");
    assertThat(reply.json().at("/leftOut/0/column").asText()).isEqualTo("phrase");
  }

  @Test
  void a_body_of_another_kind_is_refused_with_415() {
    Reply reply = client.postJson(IMPORT, Evidence.northLanarkshire());

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.detail()).contains("this request's is 'application/json'");
  }

  @Test
  void a_sheet_over_the_limit_is_refused_with_413() {
    Reply reply = client.post(IMPORT, new byte[1_000_001], "text/csv");

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.detail())
        .isEqualTo("The spreadsheet is larger than the limit of 1000000 bytes.");
  }

  @Test
  void the_csv_template_is_the_layout_to_fill_in() {
    Reply reply = client.get("/api/evidence/template.csv");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    assertThat(reply.body()).isEqualTo(EvidenceTemplate.csv());
  }

  @Test
  void the_workbook_template_is_an_attachment_that_opens_as_a_workbook() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(service.origin() + "/api/evidence/template.xlsx"))
                    .build(),
                BodyHandlers.ofByteArray());
    OpenApiContract.get()
        .check(
            new Reply(
                "GET",
                "/api/evidence/template.xlsx",
                response.statusCode(),
                response.headers(),
                ""));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"qi-assist-evidence.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Evidence");
    }
  }
}

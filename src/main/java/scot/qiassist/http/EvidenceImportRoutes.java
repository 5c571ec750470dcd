package scot.qiassist.http;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import scot.qiassist.evidence.sheet.EvidenceSheets;
import scot.qiassist.evidence.sheet.EvidenceTemplate;
import scot.qiassist.evidence.sheet.InvalidSheetException;
import scot.qiassist.evidence.sheet.RowProblem;
import scot.qiassist.evidence.sheet.SheetImport;

/**
 * The evidence spreadsheet: its template to download, and POST /api/evidence/import, which turns a
 * filled-in sheet (.xlsx or .csv, uploaded as a form's file or sent as the body) into evidence
 * JSON, checked as a posted evidence file is. Nothing is stored or evaluated.
 */
final class EvidenceImportRoutes {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";
  private static final String MULTIPART = "multipart/form-data";

  /** A multipart request's own parts (boundaries, headers) around the file, at most. */
  private static final long MULTIPART_OVERHEAD = 16 * 1024;

  private final ActiveRuleSet active;

  EvidenceImportRoutes(ActiveRuleSet active) {
    this.active = active;
  }

  /** What the import answers: the evidence JSON, and the rows left out when good rows are kept. */
  record Imported(Object evidence, List<RowProblem> leftOut, List<Integer> rowsLeftOut) {
    static Imported of(SheetImport sheet) {
      return new Imported(sheet.evidence(), sheet.leftOut(), sheet.rowsLeftOut());
    }
  }

  void templateXlsx(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"qi-assist-evidence.xlsx\"");
    ctx.contentType(XLSX).result(EvidenceTemplate.xlsx(active.current()));
  }

  void templateCsv(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"qi-assist-evidence.csv\"");
    ctx.contentType(CSV + "; charset=utf-8").result(EvidenceTemplate.csv());
  }

  void importSheet(Context ctx) throws InvalidSheetException {
    boolean keep = "true".equalsIgnoreCase(ctx.queryParam("keepGoodRows"));
    String type = mediaType(ctx.contentType());
    Upload upload =
        type.equals(MULTIPART) ? uploaded(ctx) : new Upload(name(ctx, type), body(ctx, type));
    SheetImport sheet = EvidenceSheets.read(upload.bytes(), upload.name(), active.current(), keep);
    Json.send(ctx, Imported.of(sheet));
  }

  private record Upload(String name, byte[] bytes) {}

  /** The form's file "file"; its name says whether it is .xlsx or .csv. */
  private static Upload uploaded(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared < 0) {
      throw new HttpResponseException(
          411, "An upload needs its Content-Length; send the spreadsheet as a form's file.");
    }
    if (declared > EvidenceSheets.MAX_BYTES + MULTIPART_OVERHEAD) {
      throw tooLarge();
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      throw new io.javalin.http.BadRequestResponse(
          "The form has no spreadsheet: upload it as the field 'file' (an .xlsx or .csv file).");
    }
    if (file.size() > EvidenceSheets.MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = file.content()) {
      return new Upload(file.filename(), in.readAllBytes());
    } catch (IOException e) {
      throw new io.javalin.http.BadRequestResponse(
          "The uploaded spreadsheet could not be read: " + e.getMessage());
    }
  }

  private static byte[] body(Context ctx, String type) {
    if (!type.equals(XLSX) && !type.equals(CSV)) {
      throw new UnsupportedMediaTypeResponse(
          "Send the spreadsheet as a form's file (multipart/form-data), or as the body with"
              + " 'Content-Type: "
              + XLSX
              + "' or 'Content-Type: text/csv'; "
              + (type.isEmpty()
                  ? "this request has no Content-Type."
                  : "this request's is '" + type + "'."));
    }
    return EvidenceBody.bytes(ctx, EvidenceSheets.MAX_BYTES, "spreadsheet");
  }

  /** The name given with ?name=, or one of the body's kind: what messages call the file. */
  private static String name(Context ctx, String type) {
    String extension = type.equals(XLSX) ? ".xlsx" : ".csv";
    String given = ctx.queryParam("name");
    if (given == null || given.isBlank()) {
      return "the spreadsheet" + extension;
    }
    String name = given.strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
    return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse(
        "The spreadsheet is larger than the limit of " + EvidenceSheets.MAX_BYTES + " bytes.");
  }
}

package scot.qiassist.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import scot.qiassist.evidence.EvidenceDocument;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.evidence.InvalidEvidenceException;
import scot.qiassist.rules.RuleSet;

/**
 * Reads the evidence document a request carries: JSON (415 otherwise), within the body limit (413
 * otherwise), UTF-8, and checked whole by the same reader as the CLI's (400 with every problem
 * otherwise). A decision's body gets the same first three checks.
 */
final class EvidenceBody {

  private EvidenceBody() {}

  /** Evidence as it was posted (the text, stored as it stands) and as it was read. */
  record Posted(String json, EvidenceDocument document) {}

  static EvidenceDocument read(Context ctx, long limit, RuleSet rules)
      throws InvalidEvidenceException {
    return posted(ctx, limit, rules).document();
  }

  static Posted posted(Context ctx, long limit, RuleSet rules) throws InvalidEvidenceException {
    String json = text(ctx, limit, "evidence");
    return new Posted(json, new EvidenceReader(rules.measures(), rules.phrases()).read(json));
  }

  /**
   * A JSON body as text, checked as evidence is: sent as JSON, within the limit, UTF-8.
   *
   * @param what the body's name in messages: "evidence", "decision"
   */
  static String text(Context ctx, long limit, String what) {
    requireJson(ctx.contentType(), what);
    return utf8(bytes(ctx, limit, what), what);
  }

  private static void requireJson(String contentType, String what) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals(Json.CONTENT_TYPE)) {
      throw new UnsupportedMediaTypeResponse(
          "The "
              + what
              + " must be sent as JSON with the header 'Content-Type: application/json'; "
              + (type.isEmpty()
                  ? "this request has no Content-Type."
                  : "this request's is '" + type + "'."));
    }
  }

  /** A body read within the limit (413 above it, after reading up to {@link #DRAIN_LIMIT}). */
  static byte[] bytes(Context ctx, long limit, String what) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        drain(in);
        throw tooLarge(limit, what);
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        drain(in);
        throw tooLarge(limit, what);
      }
      return body;
    } catch (IOException e) {
      throw new BadRequestResponse("The request body could not be read: " + e.getMessage());
    }
  }

  /**
   * How much of a body over the limit is read and thrown away before the 413 is sent. A client that
   * writes its whole body before it reads the answer (most do) would otherwise find the connection
   * closed under it and never see the 413; past this, the connection is simply closed.
   */
  static final long DRAIN_LIMIT = 1 << 20;

  private static void drain(InputStream in) throws IOException {
    long left = DRAIN_LIMIT;
    byte[] buffer = new byte[8192];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static ContentTooLargeResponse tooLarge(long limit, String what) {
    return new ContentTooLargeResponse(
        "The " + what + " is larger than the limit of " + limit + " bytes.");
  }

  private static String utf8(byte[] body, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestResponse("The " + what + " is not valid UTF-8 text.");
    }
  }
}

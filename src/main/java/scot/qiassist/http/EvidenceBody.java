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
 * Reads the evidence document a request carries: JSON (415 otherwise), within the body limit
 * (413 otherwise), UTF-8, and checked whole by the same reader as the CLI's (400 with every
 * problem otherwise).
 */
final class EvidenceBody {

  private EvidenceBody() {}

  static EvidenceDocument read(Context ctx, long limit, RuleSet rules) throws InvalidEvidenceException {
    requireJson(ctx.contentType());
    String json = utf8(bytes(ctx, limit));
    return new EvidenceReader(rules.measures(), rules.phrases()).read(json);
  }

  private static void requireJson(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals(Json.CONTENT_TYPE)) {
      throw new UnsupportedMediaTypeResponse("The evidence must be sent as JSON with the header 'Content-Type: application/json'; "
          + (type.isEmpty() ? "this request has no Content-Type." : "this request's is '" + type + "'."));
    }
  }

  private static byte[] bytes(Context ctx, long limit) {
    if (ctx.req().getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      return body;
    } catch (IOException e) {
      throw new BadRequestResponse("The request body could not be read: " + e.getMessage());
    }
  }

  private static ContentTooLargeResponse tooLarge(long limit) {
    return new ContentTooLargeResponse("The evidence is larger than the limit of " + limit + " bytes.");
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestResponse("The evidence is not valid UTF-8 text.");
    }
  }
}

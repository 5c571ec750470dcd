package scot.qiassist.wording;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a draft report from its bytes: a Word document (.docx) or text (plain or Markdown).
 *
 * <p>Decisions: a draft may be at most 5 MB. Text must be UTF-8 (a byte-order mark is allowed and
 * dropped): text in another encoding is refused, not guessed at, because a wrong guess would
 * silently change the very words being checked; the message says where the first byte that is not
 * UTF-8 stands, and that UTF-16 (which Word's "Unicode text" gives) must be saved as UTF-8. A draft
 * is a Word document when its name ends in .docx or its bytes begin as a zip archive does; Word's
 * older .doc format is refused with a request to save as .docx.
 */
public final class DraftReader {

  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private DraftReader() {}

  public static Draft read(String name, byte[] bytes)
      throws DraftTooLargeException, UnreadableDraftException {
    if (bytes.length > MAX_BYTES) {
      throw new DraftTooLargeException(name, bytes.length, MAX_BYTES);
    }
    if (isDocx(name, bytes)) {
      return nonEmpty(new Draft(name, DocxText.of(name, bytes), true));
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new UnreadableDraftException(
          name, "is a Word 97-2003 document (.doc); save it as a Word document (.docx) or as text");
    }
    return nonEmpty(new Draft(name, utf8(name, bytes), false));
  }

  /** Text that has already been decoded, such as a draft pasted into a form or sent as JSON. */
  public static Draft text(String name, String text)
      throws DraftTooLargeException, UnreadableDraftException {
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new DraftTooLargeException(name, bytes, MAX_BYTES);
    }
    return nonEmpty(new Draft(name, text.replace("\r\n", "\n").replace('\r', '\n'), false));
  }

  private static boolean isDocx(String name, byte[] bytes) {
    return name.toLowerCase(Locale.ROOT).endsWith(".docx") || startsWith(bytes, 'P', 'K', 3, 4);
  }

  private static Draft nonEmpty(Draft draft) throws UnreadableDraftException {
    if (draft.text().isBlank()) {
      throw new UnreadableDraftException(
          draft.name(), "the draft is empty; give the text of a draft report to check");
    }
    return draft;
  }

  private static String utf8(String name, byte[] bytes) throws UnreadableDraftException {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || looksUtf16(bytes)) {
      throw new UnreadableDraftException(
          name, "is UTF-16 text; save it as UTF-8 (plain text or Markdown) or as a .docx");
    }
    int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
              .toString();
      return text.replace("\r\n", "\n").replace('\r', '\n');
    } catch (CharacterCodingException e) {
      throw new UnreadableDraftException(
          name,
          "is not UTF-8 text: byte "
              + (firstInvalid(bytes, from) + 1)
              + " is not valid UTF-8; save the draft as UTF-8 (plain text or Markdown) or as a .docx");
    }
  }

  /** UTF-16 without a byte-order mark: English text in it has a zero byte in every other place. */
  private static boolean looksUtf16(byte[] bytes) {
    int sample = Math.min(bytes.length, 200);
    int zeros = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        zeros++;
      }
    }
    return sample >= 4 && zeros * 4 >= sample;
  }

  /** Where the first byte that cannot start or continue a UTF-8 character stands. */
  private static int firstInvalid(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      int c = bytes[i] & 0xFF;
      int more;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
      } else {
        return i;
      }
      if (i + more >= bytes.length) {
        return i;
      }
      for (int k = 1; k <= more; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += more + 1;
    }
    return from;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

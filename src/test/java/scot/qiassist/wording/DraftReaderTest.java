package scot.qiassist.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DraftReaderTest {

  @Test
  void a_word_document_is_read_paragraph_by_paragraph_and_flags_name_the_paragraph()
      throws Exception {
    byte[] docx = docx("Key messages", "", "Staff were confident.", "Nearly all parents said so.");

    Draft draft = DraftReader.read("draft.docx", docx);
    WordingReport report = Wording.check().check(draft, Wording.evidence(Wording.PLANTED_EVIDENCE));

    assertThat(draft.paragraphs()).isTrue();
    assertThat(report.flags()).hasSize(1);
    assertThat(report.flags().get(0).place().toString()).isEqualTo("paragraph 4, column 1");
  }

  @Test
  void a_docx_that_is_not_a_word_document_is_refused_by_name() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("hello.txt"));
      out.write("not Word".getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> DraftReader.read("draft.docx", zip.toByteArray()))
        .isInstanceOf(UnreadableDraftException.class)
        .hasMessage(
            "draft.docx: is not a Word document (.docx) that can be read; save the draft from Word as .docx, or as UTF-8 text");
    assertThatThrownBy(
            () -> DraftReader.read("draft.docx", "plain text".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableDraftException.class);
  }

  @Test
  void text_that_is_not_utf8_is_refused_naming_the_first_bad_byte() {
    // "Most staff were caf" is 19 bytes; the Latin-1 e-acute is the 20th, and not UTF-8.
    byte[] latin1 = "Most staff were caf\u00e9 owners.".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> DraftReader.read("draft.txt", latin1))
        .isInstanceOf(UnreadableDraftException.class)
        .hasMessage(
            "draft.txt: is not UTF-8 text: byte 20 is not valid UTF-8; save the draft as UTF-8 (plain text or Markdown) or as a .docx");
  }

  @Test
  void utf16_text_with_or_without_a_byte_order_mark_is_refused() {
    byte[] withoutMark = "Most staff were confident.".getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = "Most staff were confident.".getBytes(StandardCharsets.UTF_16);

    for (byte[] bytes : new byte[][] {withoutMark, withMark}) {
      assertThatThrownBy(() -> DraftReader.read("draft.txt", bytes))
          .isInstanceOf(UnreadableDraftException.class)
          .hasMessage(
              "draft.txt: is UTF-16 text; save it as UTF-8 (plain text or Markdown) or as a .docx");
    }
  }

  @Test
  void utf8_with_a_byte_order_mark_is_read_without_it() throws Exception {
    byte[] bytes = "\uFEFFMost staff (95%) agreed.".getBytes(StandardCharsets.UTF_8);

    assertThat(DraftReader.read("draft.txt", bytes).text()).isEqualTo("Most staff (95%) agreed.");
  }

  @Test
  void an_empty_or_blank_draft_is_refused() {
    assertThatThrownBy(() -> DraftReader.read("draft.md", new byte[0]))
        .isInstanceOf(UnreadableDraftException.class)
        .hasMessage("draft.md: the draft is empty; give the text of a draft report to check");
    assertThatThrownBy(() -> DraftReader.text("text", " \n\t "))
        .isInstanceOf(UnreadableDraftException.class);
  }

  @Test
  void a_draft_over_5_mb_is_refused_before_it_is_read() {
    byte[] big = new byte[(int) DraftReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');

    assertThatThrownBy(() -> DraftReader.read("draft.txt", big))
        .isInstanceOf(DraftTooLargeException.class)
        .hasMessage(
            "The draft draft.txt is 5242881 bytes; a draft may be at most 5242880 bytes (5 MB).");
  }

  @Test
  void a_word_97_document_is_refused_with_a_request_to_save_as_docx() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

    assertThatThrownBy(() -> DraftReader.read("draft.doc", ole2))
        .hasMessageContaining("Word 97-2003 document (.doc)");
  }

  static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        document.createParagraph().createRun().setText(p);
      }
      document.write(out);
      return out.toByteArray();
    }
  }
}

package scot.qiassist.wording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document (.docx), read with Apache POI: one line per paragraph, in the order
 * of the document, with the paragraphs of tables cell by cell, so that paragraph N of a flag is the
 * Nth paragraph a reader counts (empty paragraphs included).
 */
final class DocxText {

  private DocxText() {}

  static String of(String name, byte[] bytes) throws UnreadableDraftException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        add(element, paragraphs);
      }
      return String.join("\n", paragraphs);
    } catch (IOException | RuntimeException e) {
      // POI reports a file that is not a Word document, or a damaged or foreign zip archive, with
      // NotOfficeXmlFileException, POIXMLException, RecordFormatException and others, all
      // unchecked: each means the same to the user.
      throw notWord(name);
    }
  }

  private static void add(IBodyElement element, List<String> paragraphs) {
    if (element instanceof XWPFParagraph p) {
      paragraphs.add(p.getText().replace('\n', ' ').replace('\r', ' '));
    } else if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (IBodyElement inner : cell.getBodyElements()) {
            add(inner, paragraphs);
          }
        }
      }
    }
  }

  private static UnreadableDraftException notWord(String name) {
    return new UnreadableDraftException(
        name,
        "is not a Word document (.docx) that can be read; save the draft from Word as .docx, or as UTF-8 text");
  }
}

package scot.qiassist.evidence.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a workbook that unpacks to more than a workbook of evidence ever could (a "zip bomb"),
 * before POI unpacks it into memory: an .xlsx file is a zip archive, and a small one can unpack to
 * gigabytes. The whole archive is inflated once here, counting, and never kept.
 */
final class ZipGuard {

  /** 500 figures and 500 findings of 2,000 characters each unpack to well under this. */
  static final long MAX_UNPACKED = 40L * 1024 * 1024;

  static final int MAX_ENTRIES = 500;

  private ZipGuard() {}

  static void check(String name, byte[] bytes) throws InvalidSheetException {
    if (bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw refused(
          name
              + " is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) or as"
              + " CSV UTF-8");
    }
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (InputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipInputStream zip = (ZipInputStream) in;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw refused(name + " holds more than " + MAX_ENTRIES + " parts; it is not evidence");
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED) {
            throw refused(
                name
                    + " unpacks to more than "
                    + MAX_UNPACKED / (1024 * 1024)
                    + " MB, more than the evidence of one inspection");
          }
        }
      }
    } catch (IOException e) {
      throw notAWorkbook(name);
    }
    if (entries == 0) {
      throw notAWorkbook(name);
    }
  }

  static InvalidSheetException notAWorkbook(String name) {
    return refused(
        name
            + " is not an Excel workbook (.xlsx) that can be read; save it from the spreadsheet"
            + " as .xlsx or as CSV UTF-8");
  }

  private static InvalidSheetException refused(String message) {
    return new InvalidSheetException(List.of(new RowProblem(0, null, message)));
  }
}

package scot.qiassist.http;

import java.text.Normalizer;
import java.util.Locale;

/** The names files are offered for download under: safe in a header and on any file system. */
final class Downloads {

  static final int MAX_NAME = 60;

  private Downloads() {}

  /** "north-lanarkshire-evidence.json" for North Lanarkshire: letters, digits and hyphens only. */
  static String fileName(String partnership) {
    String ascii =
        Normalizer.normalize(partnership == null ? "" : partnership, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_NAME) {
      ascii = ascii.substring(0, MAX_NAME).replaceAll("-+$", "");
    }
    return (ascii.isEmpty() ? "" : ascii + "-") + "evidence.json";
  }
}

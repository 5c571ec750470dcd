package scot.qiassist.whatif;

import scot.qiassist.evidence.Finding;

/** A finding as a what-if sentence names it: "the major strength of statement 4, '...',". */
final class FindingWords {

  private static final int SHORT_TEXT = 80;

  private FindingWords() {}

  static String described(Finding finding) {
    return "the "
        + finding.weight().id()
        + " "
        + finding.kind().label()
        + " of statement "
        + finding.statement()
        + ", '"
        + shortly(finding.text())
        + "',";
  }

  /** "one more major strength in statement 3, bearing on 'listened-to', judged outstanding". */
  static String added(Finding finding) {
    return "one more "
        + finding.weight().id()
        + " "
        + finding.kind().label()
        + " in statement "
        + finding.statement()
        + (finding.aspect() == null ? "" : ", bearing on '" + finding.aspect().id() + "'")
        + (finding.outstanding() ? ", judged outstanding" : "");
  }

  private static String shortly(String text) {
    if (text.length() <= SHORT_TEXT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SHORT_TEXT);
    return text.substring(0, cut > 0 ? cut : SHORT_TEXT) + "...";
  }
}

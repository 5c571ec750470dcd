package scot.qiassist.drafting;

/** What a form's field holds: its text without the spaces around it, or null when blank. */
final class Typed {

  private Typed() {}

  static String text(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}

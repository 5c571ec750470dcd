package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each rule of a rule file starts and ends, read from the text itself. */
final class DrlOutline {

  record Entry(String packageName, String name, int line, String source) {}

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
  private static final Pattern RULE =
      Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

  private DrlOutline() {}

  static List<Entry> read(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String pkg = "";
    for (int i = 0; i < lines.length; i++) {
      Matcher p = PACKAGE.matcher(lines[i]);
      if (p.find()) {
        pkg = p.group(1);
        continue;
      }
      Matcher r = RULE.matcher(lines[i]);
      if (!r.find()) {
        continue;
      }
      String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
      int end = i;
      while (end < lines.length - 1 && !END.matcher(lines[end]).find()) {
        end++;
      }
      entries.add(
          new Entry(pkg, name, i + 1, String.join("\n", List.of(lines).subList(i, end + 1))));
      i = end;
    }
    return entries;
  }
}

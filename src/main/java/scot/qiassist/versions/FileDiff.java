package scot.qiassist.versions;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How one file of a version differs from the same file of its parent, as a unified text diff with
 * three lines of context (java-diff-utils).
 *
 * @param path the file's path in the rules directory
 * @param change "changed", "added" or "removed"
 * @param lines the diff's lines after its two header lines, each starting with "@@", " ", "+" or
 *     "-"
 */
public record FileDiff(String path, String change, List<String> lines) {

  static final int CONTEXT = 3;

  public FileDiff {
    lines = List.copyOf(lines);
  }

  /** Each file that differs between two versions, by path. */
  public static List<FileDiff> between(Map<String, String> before, Map<String, String> after) {
    List<FileDiff> diffs = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      String old = before.get(path);
      String now = after.get(path);
      if (old != null && old.equals(now)) {
        continue;
      }
      String change = old == null ? "added" : now == null ? "removed" : "changed";
      diffs.add(new FileDiff(path, change, lines(path, old, now)));
    }
    return diffs;
  }

  private static List<String> lines(String path, String old, String now) {
    List<String> a = old == null ? List.of() : old.lines().toList();
    List<String> b = now == null ? List.of() : now.lines().toList();
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(path, path, a, DiffUtils.diff(a, b), CONTEXT);
    return unified.size() > 2 ? unified.subList(2, unified.size()) : List.of();
  }
}

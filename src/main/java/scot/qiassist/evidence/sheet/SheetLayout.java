package scot.qiassist.evidence.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of an evidence spreadsheet, in one place for the reader and the template.
 *
 * <p>Above the table, one row per detail of the inspection: its name in the first cell and its
 * value in the second ("partnership", "North Lanarkshire"). Then the table: a heading row naming
 * the columns, and one row per figure or finding. A row with a measure is a figure; a row without
 * one is a finding. Names are matched case aside and with spaces, hyphens and underscores ignored,
 * so "Key message", "key-message" and "keyMessage" are one column.
 */
public final class SheetLayout {

  /** The details above the table, each with its place in the evidence JSON. */
  public static final Map<String, String> DETAILS =
      orderedMap(
          "partnership", "partnership",
          "description", "description",
          "inspection from", "inspectionPeriod.from",
          "inspection to", "inspectionPeriod.to",
          "draft grade", "draftGrade",
          "records read", "samples.recordsRead",
          "children and young people", "samples.childrenAndYoungPeople",
          "parents and carers", "samples.parentsAndCarers",
          "staff survey", "samples.staffSurvey",
          "staff met", "samples.staffMet",
          "elected members", "samples.electedMembers");

  /** The details that are dates, written YYYY-MM-DD or DD/MM/YYYY. */
  static final List<String> DATES = List.of("inspection from", "inspection to");

  /** The columns of the table, in the template's order, each with its field in the JSON. */
  public static final Map<String, String> COLUMNS =
      orderedMap(
          "measure", "measure",
          "count", "count",
          "of", "of",
          "percent", "percent",
          "phrase", "phrase",
          "statement", "statement",
          "kind", "kind",
          "weight", "weight",
          "aspect", "aspect",
          "key message", "keyMessage",
          "outstanding", "outstanding",
          "text", "text");

  /** Columns only a finding's row fills. */
  static final List<String> FINDING_ONLY_COLUMNS =
      List.of("kind", "weight", "aspect", "key message", "outstanding");

  private SheetLayout() {}

  /** The detail a first cell names, if it names one. */
  static Optional<String> detail(String cell) {
    return find(DETAILS.keySet(), cell);
  }

  /** The column a heading names, if it names one. */
  static Optional<String> column(String heading) {
    return find(COLUMNS.keySet(), heading);
  }

  /** "key message" for "Key_Message", "keyMessage" or "key-message". */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  private static Optional<String> find(Iterable<String> names, String cell) {
    String wanted = key(cell);
    for (String name : names) {
      if (key(name).equals(wanted)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> orderedMap(String... pairs) {
    var map = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}

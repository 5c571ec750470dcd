package scot.qiassist.drafting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;

/**
 * Finds measures of the catalogue by the words of what they count and where their figures come
 * from: "staff survey" finds the measures of the staff survey, "records read" those of the records
 * read, "plan" every measure about plans. A measure matches when every word of the search is part
 * of some word of its description, its source, its id or its group.
 */
public final class MeasureSearch {

  private MeasureSearch() {}

  /**
   * The measures of the catalogue that match, in catalogue order.
   *
   * @param statement only the measures of this statement (1-4), or null for all
   * @param query the words searched for; null or blank for every measure
   */
  public static List<Measure> find(MeasureCatalogue catalogue, Integer statement, String query) {
    List<String> words = words(query);
    return catalogue.all().stream()
        .filter(m -> statement == null || m.statement() == statement)
        .filter(m -> matches(searchText(m), words))
        .toList();
  }

  /** What a search looks in, in lower case: the words a page may also filter by as it is typed. */
  public static String searchText(Measure m) {
    return String.join(
            " ",
            m.counted(),
            m.source().sampleName(),
            m.source().id().replace('-', ' '),
            m.id().replace('-', ' '),
            m.group().replace('-', ' '))
        .toLowerCase(Locale.ROOT);
  }

  static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static boolean matches(String text, List<String> words) {
    return words.stream().allMatch(text::contains);
  }
}

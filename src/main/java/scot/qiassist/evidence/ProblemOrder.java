package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an evidence document's problems in the order of the file, so a reader meets them as they go
 * down it: by where their path stands in the document, a field not given after those given; one
 * problem for each path, the first recorded.
 */
final class ProblemOrder {

  private static final Pattern STEP = Pattern.compile("\\[(\\d+)]|([^.\\[]+)");
  private static final int ABSENT = Integer.MAX_VALUE;

  private ProblemOrder() {}

  static List<Problem> inDocumentOrder(JsonNode doc, List<Problem> problems) {
    Map<String, Problem> first = new LinkedHashMap<>();
    problems.forEach(p -> first.putIfAbsent(p.path(), p));
    List<Problem> ordered = new ArrayList<>(first.values());
    Comparator<Problem> byPlace = (a, b) -> compare(place(doc, a.path()), place(doc, b.path()));
    ordered.sort(byPlace);
    return ordered;
  }

  /** Each step of the path as a position: an index, or a field's place among its object's. */
  private static List<Integer> place(JsonNode doc, String path) {
    List<Integer> place = new ArrayList<>();
    JsonNode node = doc;
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      if (m.group(1) != null) {
        int index = Integer.parseInt(m.group(1));
        place.add(index);
        node = node.path(index);
      } else {
        place.add(fieldPosition(node, m.group(2)));
        node = node.path(m.group(2));
      }
    }
    return place;
  }

  private static int fieldPosition(JsonNode node, String name) {
    int i = 0;
    for (var names = node.fieldNames(); names.hasNext(); i++) {
      if (names.next().equals(name)) {
        return i;
      }
    }
    return ABSENT;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

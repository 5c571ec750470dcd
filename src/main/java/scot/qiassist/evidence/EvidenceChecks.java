package scot.qiassist.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.PhraseMeaning;

/**
 * What the schema cannot say about an evidence document: its measures are in the catalogue of the
 * rule set in use (with the nearest ids when not), its phrases are ones the phrase book knows, a
 * count is not above its 'of' nor 'of' above the declared sample, each measure is given once, and
 * the inspection period ends on or after it starts. Each check looks only at values the schema
 * found nothing wrong with.
 */
final class EvidenceChecks {

  /** How many accepted phrases an unknown phrase's message suggests. */
  static final int NEAREST = 3;

  private final JsonNode doc;
  private final MeasureCatalogue catalogue;
  private final PhraseBook phrases;
  private final List<Problem> problems;

  EvidenceChecks(
      JsonNode doc, MeasureCatalogue catalogue, PhraseBook phrases, List<Problem> problems) {
    this.doc = doc;
    this.catalogue = catalogue;
    this.phrases = phrases;
    this.problems = problems;
  }

  void run() {
    period();
    if (doc.path("evidence").isArray() && !wrong("evidence")) {
      Map<String, Integer> seen = new HashMap<>();
      JsonNode items = doc.path("evidence");
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).isObject()) {
          new ItemChecks(items.get(i), i).run(seen);
        }
      }
    }
  }

  private void period() {
    JsonNode period = doc.path("inspectionPeriod");
    if (!period.isObject() || wrongUnder("inspectionPeriod")) {
      return;
    }
    LocalDate from = date(period.path("from"));
    LocalDate to = date(period.path("to"));
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new Problem(
              "inspectionPeriod.to",
              to
                  + " is before the start of the inspection, "
                  + from
                  + "; expected the last day, on or after 'from'"));
    }
  }

  private static LocalDate date(JsonNode node) {
    try {
      return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a problem is already recorded at this very path. */
  private boolean wrong(String path) {
    return problems.stream().anyMatch(p -> p.path().equals(path));
  }

  /** Whether a problem is already recorded at a field of an item (its path built only if any). */
  private boolean wrong(ItemChecks item, String field) {
    return !problems.isEmpty() && wrong(item.path() + "." + field);
  }

  /** Whether a problem is already recorded at this path or inside it. */
  private boolean wrongUnder(String path) {
    return problems.stream()
        .anyMatch(
            p ->
                p.path().equals(path)
                    || p.path().startsWith(path + ".")
                    || p.path().startsWith(path + "["));
  }

  /** One evidence item against the catalogue, the phrases and the declared samples. */
  private final class ItemChecks {
    private final JsonNode item;
    private final int index;

    ItemChecks(JsonNode item, int index) {
      this.item = item;
      this.index = index;
    }

    /** "evidence[3]", built only for a message: most documents have nothing to report. */
    String path() {
      return "evidence[" + index + "]";
    }

    void run(Map<String, Integer> seen) {
      Measure measure = measure();
      phrase();
      count(measure);
      if (measure == null || (!problems.isEmpty() && wrongUnder(path()))) {
        return;
      }
      Integer first = seen.putIfAbsent(measure.id(), index);
      if (first != null) {
        problems.add(
            new Problem(
                path() + ".measure",
                "'"
                    + measure.id()
                    + "' is already given at evidence["
                    + first
                    + "]; give each measure once"));
      }
    }

    private Measure measure() {
      JsonNode id = item.path("measure");
      if (!id.isTextual() || wrong(this, "measure")) {
        return null;
      }
      String measure = id.asText().trim();
      Measure found = catalogue.find(measure).orElse(null);
      if (found == null) {
        problems.add(
            new Problem(
                path() + ".measure",
                Echo.of(id)
                    + " is not in the measure catalogue; the nearest are "
                    + String.join(
                        ", ",
                        catalogue.nearest(measure, 3).stream().map(s -> "'" + s + "'").toList())));
      }
      return found;
    }

    private void phrase() {
      JsonNode phrase = item.path("phrase");
      if (phrase.isTextual()
          && !wrong(this, "phrase")
          && phrases.interpret(phrase.asText().trim()).isEmpty()) {
        problems.add(
            new Problem(
                path() + ".phrase",
                Echo.of(phrase)
                    + " is not a phrase QI Assist knows; nearest: "
                    + String.join(
                        ", ",
                        phrases.nearest(phrase.asText(), NEAREST).stream()
                            .map(PhraseMeaning::described)
                            .toList())
                    + "; or a percentage such as '88%' or 'just over 40%'"));
      }
    }

    private void count(Measure measure) {
      Integer count = whole("count");
      Integer of = whole("of");
      if (count != null && of != null && count > of) {
        problems.add(
            new Problem(path() + ".count", count + " is more than the " + of + " given in 'of'"));
      }
      if (of == null || measure == null) {
        return;
      }
      Source source = measure.source();
      Integer sample = wrongUnder("samples") ? null : source.sampleSize(samples());
      if (sample != null && of > sample) {
        problems.add(
            new Problem(
                path() + ".of",
                of
                    + " is more than the sample of "
                    + sample
                    + " "
                    + source.sampleName()
                    + " declared in samples; '"
                    + measure.id()
                    + "' counts "
                    + source.sampleName()));
      }
    }

    private Integer whole(String field) {
      JsonNode n = item.path(field);
      return n.canConvertToExactIntegral() && !wrong(this, field) ? n.asInt() : null;
    }
  }

  private Samples samples() {
    JsonNode s = doc.path("samples");
    return new Samples(
        size(s, "recordsRead"),
        size(s, "childrenAndYoungPeople"),
        size(s, "parentsAndCarers"),
        size(s, "staffSurvey"),
        size(s, "staffMet"),
        size(s, "electedMembers"));
  }

  private static Integer size(JsonNode samples, String field) {
    JsonNode n = samples.path(field);
    return n.canConvertToExactIntegral() ? n.asInt() : null;
  }
}

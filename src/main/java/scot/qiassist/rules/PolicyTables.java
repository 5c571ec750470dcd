package scot.qiassist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import scot.qiassist.evidence.Aspect;
import scot.qiassist.evidence.Direction;
import scot.qiassist.evidence.Measure;
import scot.qiassist.evidence.MeasureCatalogue;
import scot.qiassist.evidence.Source;
import scot.qiassist.grade.GradeParameters;
import scot.qiassist.terms.Band;
import scot.qiassist.terms.Fraction;
import scot.qiassist.terms.Hedge;
import scot.qiassist.terms.Interval;
import scot.qiassist.terms.Modifier;
import scot.qiassist.terms.Phrase;
import scot.qiassist.terms.PhraseBook;
import scot.qiassist.terms.StandardWords;

/** Reads the policy tables (standard words, phrases, modifiers, measures) of a rule set. */
final class PolicyTables {

  static final String STANDARD_WORDS = "terms/standard-words.csv";
  static final String PHRASES = "terms/phrases.csv";
  static final String MODIFIERS = "terms/percentage-modifiers.csv";

  /**
   * Optional: a rule set without them reads no hedged phrase, as rule sets stored before the tables
   * existed did.
   */
  static final String HEDGES = "terms/hedges.csv";

  static final String FRACTIONS = "terms/fractions.csv";
  static final String MEASURES = "measures/measure-catalogue.csv";
  static final String GRADE_PARAMETERS = "grade/grade-parameters.csv";
  static final List<String> GRADE_PARAMETER_COLUMNS =
      List.of("parameter", "value", "grade", "what it sets", "why");

  private final List<RuleProblem> problems;

  PolicyTables(List<RuleProblem> problems) {
    this.problems = problems;
  }

  StandardWords standardWords(String text) {
    if (text == null) {
      return null;
    }
    List<Band> bands = new ArrayList<>();
    var rows =
        PolicyTable.parse(
            STANDARD_WORDS, text, List.of("word", "lowest percent", "highest percent"), problems);
    for (var row : rows) {
      guard(
          STANDARD_WORDS,
          row,
          () ->
              bands.add(
                  new Band(
                      row.get(0),
                      whole(row.get(1), "lowest percent"),
                      whole(row.get(2), "highest percent"),
                      0)));
    }
    List<String> gaps = StandardWords.problems(bands);
    if (!gaps.isEmpty()) {
      problems.add(
          RuleProblem.at(
                  STANDARD_WORDS,
                  0,
                  "the bands must cover 0% to 100% once each: " + String.join("; ", gaps))
              .withHint("make each band start one percent after the previous one ends."));
      return null;
    }
    return StandardWords.of(bands);
  }

  PhraseBook phraseBook(
      StandardWords words,
      String phrasesText,
      String modifiersText,
      String hedgesText,
      String fractionsText) {
    List<Phrase> phrases = new ArrayList<>();
    var rows =
        PolicyTable.parse(
            PHRASES,
            phrasesText,
            List.of("phrase", "lowest percent", "highest percent", "reading"),
            problems);
    for (var row : rows) {
      guard(
          PHRASES,
          row,
          () ->
              phrases.add(
                  new Phrase(
                      row.get(0),
                      new Interval(
                          whole(row.get(1), "lowest percent"),
                          whole(row.get(2), "highest percent")))));
    }
    List<Modifier> modifiers = new ArrayList<>();
    var modifierRows =
        PolicyTable.parse(
            MODIFIERS,
            modifiersText,
            List.of("modifier", "lowest offset", "highest offset"),
            problems);
    for (var row : modifierRows) {
      guard(
          MODIFIERS,
          row,
          () -> modifiers.add(new Modifier(row.get(0), signed(row.get(1)), signed(row.get(2)))));
    }
    List<Hedge> hedges = hedges(hedgesText);
    List<Fraction> fractions = fractions(fractionsText);
    if (words == null) {
      return null;
    }
    try {
      return PhraseBook.of(words, phrases, modifiers, hedges, fractions);
    } catch (IllegalArgumentException e) {
      problems.add(RuleProblem.at(PHRASES, 0, e.getMessage()));
      return null;
    }
  }

  private List<Hedge> hedges(String text) {
    List<Hedge> hedges = new ArrayList<>();
    var header = List.of("hedge", "lowest offset", "highest offset", "reason");
    for (var row : PolicyTable.parse(HEDGES, text, header, problems)) {
      guard(
          HEDGES,
          row,
          () -> {
            if (row.get(3).isBlank()) {
              throw new IllegalArgumentException(
                  "the reason of '"
                      + row.get(0)
                      + "' is empty; say why the offsets are as they are");
            }
            hedges.add(new Hedge(row.get(0), signed(row.get(1)), signed(row.get(2))));
          });
    }
    return hedges;
  }

  private List<Fraction> fractions(String text) {
    List<Fraction> fractions = new ArrayList<>();
    var header = List.of("fraction", "numerator", "denominator");
    for (var row : PolicyTable.parse(FRACTIONS, text, header, problems)) {
      guard(
          FRACTIONS,
          row,
          () ->
              fractions.add(
                  new Fraction(
                      row.get(0),
                      whole(row.get(1), "numerator"),
                      whole(row.get(2), "denominator"))));
    }
    return fractions;
  }

  MeasureCatalogue measures(String text) {
    List<Measure> measures = new ArrayList<>();
    var header =
        List.of("id", "source", "statement", "aspect", "better", "group", "counted", "sentence");
    for (var row : PolicyTable.parse(MEASURES, text, header, problems)) {
      guard(MEASURES, row, () -> measures.add(measure(row)));
    }
    try {
      return MeasureCatalogue.of(measures);
    } catch (IllegalArgumentException e) {
      problems.add(RuleProblem.at(MEASURES, 0, e.getMessage()));
      return null;
    }
  }

  /**
   * The grade parameters: each a kebab-case name, a number (whole, or with a decimal point), the
   * grade it belongs to, what it sets and why; the points of a weight are whole numbers from 1.
   */
  GradeParameters gradeParameters(String text) {
    List<GradeParameters.Parameter> parameters = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (var row : PolicyTable.parse(GRADE_PARAMETERS, text, GRADE_PARAMETER_COLUMNS, problems)) {
      guard(
          GRADE_PARAMETERS,
          row,
          () -> {
            String name = row.get(0);
            if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
              throw new IllegalArgumentException(
                  "column A (parameter): '"
                      + name
                      + "' is not a name of lower-case words joined by hyphens, such as good-ratio");
            }
            if (!names.add(name)) {
              throw new IllegalArgumentException(
                  "column A (parameter): '" + name + "' is set twice; each number is set once");
            }
            if (!row.get(1).matches("\\d{1,3}(\\.\\d{1,2})?")) {
              throw new IllegalArgumentException(
                  "column B (value) of '"
                      + name
                      + "': '"
                      + row.get(1)
                      + "' is not a number such as 3 or 1.5");
            }
            java.math.BigDecimal value = new java.math.BigDecimal(row.get(1));
            if (GradeParameters.POINTS.contains(name)
                && (value.scale() > 0 || value.signum() <= 0)) {
              throw new IllegalArgumentException(
                  "column B (value) of '"
                      + name
                      + "': points are whole numbers from 1, not '"
                      + row.get(1)
                      + "'");
            }
            for (int c = 2; c <= 4; c++) {
              if (row.get(c).isBlank()) {
                throw new IllegalArgumentException(
                    "column "
                        + (char) ('A' + c)
                        + " ("
                        + GRADE_PARAMETER_COLUMNS.get(c)
                        + ") of '"
                        + name
                        + "' is empty; say "
                        + (c == 4 ? "which six-point definition the number implements" : "it"));
              }
            }
            parameters.add(
                new GradeParameters.Parameter(
                    name, value, row.get(2), row.get(3), row.get(4), row.line()));
          });
    }
    try {
      return text == null ? null : new GradeParameters(parameters);
    } catch (IllegalArgumentException e) {
      problems.add(
          RuleProblem.at(GRADE_PARAMETERS, 0, e.getMessage())
              .withHint("add a row for it: major-points, important-points and minor-points."));
      return null;
    }
  }

  private static Measure measure(PolicyTable.Row row) {
    return new Measure(
        row.get(0),
        choice(row.get(1), "source", Source.values(), Source::id, Source::fromId),
        whole(row.get(2), "statement"),
        row.get(3).isEmpty()
            ? null
            : choice(row.get(3), "aspect", Aspect.values(), Aspect::id, Aspect::fromId),
        choice(row.get(4), "better", Direction.values(), Direction::id, Direction::fromId),
        row.get(5),
        row.get(6),
        row.get(7));
  }

  private void guard(String file, PolicyTable.Row row, Runnable read) {
    try {
      read.run();
    } catch (IllegalArgumentException e) {
      problems.add(RuleProblem.at(file, row.line(), e.getMessage()));
    }
  }

  private static int whole(String text, String column) {
    if (!text.matches("\\d{1,3}")) {
      throw new IllegalArgumentException(
          column + " '" + text + "' is not a whole number from 0 to 100");
    }
    return Integer.parseInt(text);
  }

  private static int signed(String text) {
    if (!text.matches("[+-]?\\d{1,3}")) {
      throw new IllegalArgumentException(
          "offset '" + text + "' is not a whole number such as +4 or -4");
    }
    return Integer.parseInt(text);
  }

  private static <E> E choice(
      String text, String column, E[] values, Function<E, String> id, Function<String, E> from) {
    for (E e : values) {
      if (id.apply(e).equals(text)) {
        return from.apply(text);
      }
    }
    List<String> ids = new ArrayList<>();
    for (E e : values) {
      ids.add(id.apply(e));
    }
    throw new IllegalArgumentException(
        column + " '" + text + "' is not one of " + String.join(", ", ids));
  }
}

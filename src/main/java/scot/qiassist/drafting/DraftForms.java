package scot.qiassist.drafting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the evidence pages' three forms (details, figure, finding): what each form posts,
 * read into a draft's values, and a draft's values as the form shows them again.
 */
public final class DraftForms {

  public static final String PARTNERSHIP = "partnership";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String DRAFT_GRADE = "draftGrade";

  public static final String MEASURE = "measure";
  public static final String COUNT = "count";
  public static final String OF = "of";
  public static final String PERCENT = "percent";
  public static final String PHRASE = "phrase";
  public static final String NOTE = "note";

  public static final String STATEMENT = "statement";
  public static final String KIND = "kind";
  public static final String WEIGHT = "weight";
  public static final String ASPECT = "aspect";
  public static final String TEXT = "text";
  public static final String KEY_MESSAGE = "keyMessage";
  public static final String OUTSTANDING = "outstanding";

  /** The fields of each form, in the order the form shows them. */
  static final List<String> FIGURE_FIELDS = List.of(MEASURE, COUNT, OF, PERCENT, PHRASE, NOTE);

  static final List<String> FINDING_FIELDS =
      List.of(STATEMENT, KIND, WEIGHT, ASPECT, TEXT, KEY_MESSAGE, OUTSTANDING);

  /**
   * The hidden fields of every form whose values the live panel follows: which part of the draft
   * the form edits ("details", "figure", "finding") and the figure's or finding's number (0 for a
   * new one).
   */
  public static final String PART = "part";

  public static final String ITEM = "item";

  /** What a checked checkbox sends. */
  public static final String YES = "yes";

  private DraftForms() {}

  /** The details form's fields in the order it shows them: partnership, period, samples, grade. */
  static List<String> detailsFields() {
    List<String> fields = new java.util.ArrayList<>(List.of(PARTNERSHIP, FROM, TO));
    for (SampleSize s : SampleSize.values()) {
      fields.add(s.field());
    }
    fields.add(DRAFT_GRADE);
    return fields;
  }

  /** A field's place in its form, for listing problems as the form shows the fields. */
  static int order(DraftPart part, String field) {
    List<String> fields =
        switch (part.kind()) {
          case DETAILS -> detailsFields();
          case FIGURE -> FIGURE_FIELDS;
          case FINDING -> FINDING_FIELDS;
        };
    int at = fields.indexOf(field);
    return at < 0 ? fields.size() : at;
  }

  public static DraftDetails details(Map<String, List<String>> form) {
    Map<String, String> samples = new LinkedHashMap<>();
    for (SampleSize s : SampleSize.values()) {
      samples.put(s.field(), value(form, s.field()));
    }
    return new DraftDetails(
        value(form, PARTNERSHIP),
        value(form, FROM),
        value(form, TO),
        value(form, DRAFT_GRADE),
        samples);
  }

  /** The figure a form posts, with this id (0 for a new one). */
  public static DraftFigure figure(int id, Map<String, List<String>> form) {
    return new DraftFigure(
        id,
        value(form, MEASURE),
        value(form, COUNT),
        value(form, OF),
        value(form, PERCENT),
        value(form, PHRASE),
        value(form, NOTE));
  }

  /** The finding a form posts, with this id (0 for a new one). */
  public static DraftFinding finding(int id, Map<String, List<String>> form) {
    return new DraftFinding(
        id,
        value(form, STATEMENT),
        value(form, KIND),
        value(form, WEIGHT),
        value(form, ASPECT),
        value(form, TEXT),
        YES.equals(value(form, KEY_MESSAGE)),
        YES.equals(value(form, OUTSTANDING)));
  }

  public static Map<String, String> values(DraftDetails d) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, PARTNERSHIP, d.partnership());
    put(values, FROM, d.periodFrom());
    put(values, TO, d.periodTo());
    put(values, DRAFT_GRADE, d.draftGrade());
    values.putAll(d.samples());
    return values;
  }

  public static Map<String, String> values(DraftFigure f) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, MEASURE, f.measure());
    put(values, COUNT, f.count());
    put(values, OF, f.of());
    put(values, PERCENT, f.percent());
    put(values, PHRASE, f.phrase());
    put(values, NOTE, f.note());
    return values;
  }

  public static Map<String, String> values(DraftFinding f) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, STATEMENT, f.statement());
    put(values, KIND, f.kind());
    put(values, WEIGHT, f.weight());
    put(values, ASPECT, f.aspect());
    put(values, TEXT, f.text());
    put(values, KEY_MESSAGE, f.keyMessage() ? YES : null);
    put(values, OUTSTANDING, f.outstanding() ? YES : null);
    return values;
  }

  /** The first value a form sent for a field, or null. */
  public static String value(Map<String, List<String>> form, String field) {
    List<String> values = form.get(field);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static void put(Map<String, String> values, String field, String value) {
    if (value != null) {
      values.put(field, value);
    }
  }
}
